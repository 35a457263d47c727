import Foundation
import RandLintCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the files randlint lints. Only regular files are read: opening a FIFO with no writer,
/// or reading a character device, would never end.
enum SourceReader {
    /// What a path is when it is not a regular file (following symbolic links): "a FIFO",
    /// "a socket", "a device"; nil for a regular file, a folder, or a path that cannot be stat'ed
    /// (reading it then reports why).
    static func specialKind(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        default: return "not a regular file"
        }
    }

    /// The file's bytes, or why they cannot be read ("cannot read the file: Permission denied").
    static func read(_ path: String) -> Result<[UInt8], RandLintError> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(RandLintError("cannot read the file: \(errorText())")) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(RandLintError("cannot read the file: \(errorText())")) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(RandLintError("cannot read the file: it is a folder"))
        default: return .failure(RandLintError("cannot read the file: it is not a regular file"))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if n > 0 { bytes += chunk[0..<n]; continue }
            if n == 0 { return .success(bytes) }
            if errno == EINTR { continue }
            return .failure(RandLintError("cannot read the file: \(errorText())"))
        }
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
