import RandLintCore

/// Whether a file's bytes are source text randlint can analyze: UTF-8 without NUL bytes.
/// Binary files named `.swift` or `.c` fail here, before any parser sees them. A UTF-8 byte order
/// mark is dropped, so columns on line 1 count from the first character, as editors show them.
enum TextCheck {
    /// The text, or why the bytes are not source text ("a binary file (a NUL byte on line 3)…").
    static func text(_ bytes: [UInt8]) -> Result<String, RandLintError> {
        if let nul = bytes.firstIndex(of: 0) {
            return .failure(RandLintError("a binary file (a NUL byte on line \(line(at: nul, in: bytes))); the file was not analyzed"))
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if let text = String(validating: hasBOM ? bytes.dropFirst(3) : bytes[...], as: UTF8.self) { return .success(text) }
        return .failure(RandLintError("not valid UTF-8 (line \(line(at: firstInvalidByte(bytes), in: bytes))); the file was not analyzed"))
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence.
    static func firstInvalidByte(_ bytes: [UInt8]) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return offset
            }
        }
    }

    /// 1-based line of a byte offset (`\n`, `\r\n` and a lone `\r` each end a line).
    static func line(at offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        var i = 0
        while i < offset {
            if bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) { line += 1 }
            i += 1
        }
        return line
    }
}
