import Foundation
import RandLintCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes fixed files so that nothing is lost: each file is written to a temporary file in the
/// same folder, flushed to disk, given the original's permissions, and renamed over the
/// original (an atomic replacement: a reader, or a crash, sees the old or the new content,
/// never a mix). A file whose bytes changed since randlint read it is left alone.
public enum FixWriter {
    /// Writes `file.fixed` over `file.location`; the error says why it was not written.
    public static func write(_ file: LintReport.FixedFile) -> Result<Void, RandLintError> {
        let path = file.location
        let prefix: [UInt8] = file.hadByteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        guard case .success(let current) = SourceReader.read(path) else {
            return .failure(RandLintError("cannot read it again before writing; not fixed"))
        }
        guard current == prefix + Array(file.original.utf8) else {
            return .failure(RandLintError("changed since randlint read it; not fixed (run again)"))
        }
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(RandLintError("cannot stat it; not fixed")) }
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/." + name + ".randlint-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return .failure(RandLintError("cannot create a temporary file beside it: \(errorText()); not fixed")) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        func fail(_ what: String) -> Result<Void, RandLintError> {
            let reason = errorText()
            close(fd)
            unlink(temporary)
            return .failure(RandLintError("\(what): \(reason); not fixed"))
        }
        let bytes = prefix + Array(file.fixed.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 { if errno == EINTR { continue }; return fail("cannot write the temporary file") }
            written += n
        }
        guard fchmod(fd, info.st_mode & 0o7777) == 0 else { return fail("cannot set the temporary file's permissions") }
        _ = fchown(fd, info.st_uid, info.st_gid)  // keeps the owner where allowed (root); otherwise the writer owns it
        guard fsync(fd) == 0 else { return fail("cannot flush the temporary file") }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let reason = errorText()
            unlink(temporary)
            return .failure(RandLintError("cannot replace it: \(reason); not fixed"))
        }
        return .success(())
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
