/// An error the user can act on: configuration, catalog, usage or I/O. The CLI prints
/// `description` on one line and exits 2; it never shows a stack trace.
public struct RandLintError: Error, CustomStringConvertible, Sendable, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }

    /// `path:line: message`, the form of every error that points into a file.
    public init(path: String, line: Int, _ message: String) {
        self.description = "\(path):\(line): \(message)"
    }
}
