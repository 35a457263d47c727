import Foundation

/// "linting 1234/5678 files" on stderr, redrawn in place with `\r`, for long runs on a terminal.
/// Nothing is drawn when stderr is not a terminal (piped, CI logs) or for small runs.
final class ProgressLine: @unchecked Sendable {
    /// Runs with at most this many files finish too fast to need a progress line.
    static let threshold = 300

    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false

    /// A progress line when stderr is a terminal, else nil.
    static func forStandardError() -> ProgressLine? {
        isatty(STDERR_FILENO) != 0 ? ProgressLine() : nil
    }

    func update(_ done: Int, _ total: Int) {
        guard total > Self.threshold else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        drawn = true
        FileHandle.standardError.write(Data("\rlinting \(done)/\(total) files".utf8))
    }

    /// Erases the line before the report is printed.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }
}
