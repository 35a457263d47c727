#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// LSP base protocol framing: `Content-Length: N\r\n` (other headers allowed), `\r\n`, then N
/// bytes of UTF-8 JSON.
///
/// `MessageReader` is fed bytes and hands out complete bodies. A header block without a usable
/// `Content-Length` is reported and skipped: the reader resynchronizes at the next
/// `Content-Length:` so one garbled message does not take the session down.
public struct MessageReader {
    public enum Item: Equatable {
        case message([UInt8])
        /// Framing that could not be understood; the bytes were dropped.
        case framingError(String)
    }

    private var buffer: [UInt8] = []
    private var start = 0
    /// Refuse bodies larger than this (a bogus length would otherwise wait forever for bytes).
    public var maxBodyLength = 64 << 20

    public init() {}

    public mutating func feed<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// Bytes received but not yet part of a complete message.
    public var pendingByteCount: Int { buffer.count - start }

    private static let separator: [UInt8] = Array("\r\n\r\n".utf8)
    private static let lengthHeader: [UInt8] = Array("content-length:".utf8)

    /// The next complete item, or nil when more bytes are needed.
    public mutating func next() -> Item? {
        // Tolerate blank lines between messages.
        while start + 1 < buffer.count, buffer[start] == 0x0D, buffer[start + 1] == 0x0A { start += 2 }
        guard let headerEnd = find(Self.separator, from: start) else {
            if pendingByteCount > 8192 {
                // Headers are short; this is not a header block.
                return resync(reason: "no header terminator in \(pendingByteCount) bytes")
            }
            return nil
        }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        var length: Int?
        var problem: String?
        for line in header.split(separator: "\r\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else { problem = "malformed header line"; continue }
            let name = line[..<colon].trimmingSpaces.lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces
            if name == "content-length" {
                if let n = Int(value), n >= 0 { length = n } else { problem = "bad Content-Length '\(value)'" }
            }
        }
        guard let length, problem == nil else {
            return resync(reason: problem ?? "missing Content-Length header", after: start + 1)
        }
        guard length <= maxBodyLength else {
            return resync(reason: "Content-Length \(length) is too large", after: start + 1)
        }
        let bodyStart = headerEnd + Self.separator.count
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<bodyStart + length])
        start = bodyStart + length
        return .message(body)
    }

    /// Drops bytes up to the next `Content-Length:` header (case-insensitive) after `after`.
    private mutating func resync(reason: String, after: Int? = nil) -> Item {
        let from = after ?? start + 1
        if let next = findCaseInsensitive(Self.lengthHeader, from: from) {
            start = next
        } else {
            // Keep only a tail that could be the beginning of a `Content-Length:` split across reads.
            var keep = min(Self.lengthHeader.count - 1, buffer.count - from)
            while keep > 0 && !(0..<keep).allSatisfy({ Self.lower(buffer[buffer.count - keep + $0]) == Self.lengthHeader[$0] }) {
                keep -= 1
            }
            start = buffer.count - keep
        }
        return .framingError(reason)
    }

    private func find(_ needle: [UInt8], from: Int) -> Int? {
        guard buffer.count >= needle.count else { return nil }
        var i = from
        while i + needle.count <= buffer.count {
            if buffer[i] == needle[0] {
                var j = 1
                while j < needle.count && buffer[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    private func findCaseInsensitive(_ needle: [UInt8], from: Int) -> Int? {
        var i = from
        while i + needle.count <= buffer.count {
            var j = 0
            while j < needle.count && Self.lower(buffer[i + j]) == needle[j] { j += 1 }
            if j == needle.count { return i }
            i += 1
        }
        return nil
    }

    private static func lower(_ b: UInt8) -> UInt8 { (0x41...0x5A).contains(b) ? b + 0x20 : b }
}

extension Substring {
    var trimmingSpaces: String {
        var s = self[...]
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}

/// Frames one message body for the wire.
public func frame(_ body: String) -> [UInt8] {
    let bytes = Array(body.utf8)
    return Array("Content-Length: \(bytes.count)\r\n\r\n".utf8) + bytes
}

/// Reads and writes raw bytes on file descriptors (stdin/stdout by default).
public final class FileDescriptorChannel {
    let input: Int32
    let output: Int32

    public init(input: Int32, output: Int32) {
        self.input = input
        self.output = output
    }

    /// Blocks for the next chunk of input; nil at end of input (or an unrecoverable read error).
    public func read() -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc_read(input, $0.baseAddress, $0.count) }
            if n > 0 { return Array(chunk[0..<n]) }
            if n == 0 { return nil }
            if errno == EINTR { continue }
            return nil
        }
    }

    /// Writes all bytes; false when the other side is gone.
    @discardableResult
    public func write(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc_write(output, $0.baseAddress! + offset, bytes.count - offset) }
            if n > 0 { offset += n; continue }
            if n < 0 && errno == EINTR { continue }
            return false
        }
        return true
    }
}

@inline(__always) private func Glibc_read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}

@inline(__always) private func Glibc_write(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
