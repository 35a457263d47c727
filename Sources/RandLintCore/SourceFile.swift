/// A source file's text as UTF-8 bytes, with its line starts: the one line index of randlint.
/// Front ends turn byte offsets into positions with it, rules read the text of a range to write
/// a fix, reporters and the editor read lines for code frames, fingerprints and columns. Lines
/// end at `\n`, `\r\n` or a lone `\r` (as clang and LSP count them).
public struct SourceFile: Sendable {
    public let bytes: [UInt8]
    /// Byte offset where each line starts (index 0 is line 1).
    public let lineStarts: [Int]

    public init(_ text: String) { self.init(bytes: Array(text.utf8)) }

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A { starts.append(i + 1) }
            else if bytes[i] == 0x0D { if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }; starts.append(i + 1) }
            i += 1
        }
        lineStarts = starts
    }

    public var lineCount: Int { lineStarts.count }

    /// The bytes of a 1-based line, without its `\n`, `\r\n` or lone `\r`; nil past the end.
    public func line(_ number: Int) -> ArraySlice<UInt8>? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return bytes[start..<end]
    }

    /// The text of a 1-based line, without its line break; nil past the end.
    public func lineText(_ number: Int) -> String? { line(number).map { String(decoding: $0, as: UTF8.self) } }

    /// The position of a byte offset (clamped to the file).
    public func position(at offset: Int) -> SourcePosition {
        let offset = max(0, min(offset, bytes.count))
        var low = 0, high = lineStarts.count
        while high - low > 1 {
            let mid = (low + high) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid }
        }
        return SourcePosition(line: low + 1, column: offset - lineStarts[low] + 1, offset: offset)
    }

    public func range(_ start: Int, _ end: Int) -> SourceRange { SourceRange(start: position(at: start), end: position(at: end)) }

    /// The text of a range (empty when it lies outside the file).
    public func text(_ range: SourceRange) -> String { text(range.start.offset, range.end.offset) }

    public func text(_ start: Int, _ end: Int) -> String {
        guard start >= 0, start <= end, end <= bytes.count else { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The leading spaces and tabs of the line holding `offset`.
    public func indentation(at offset: Int) -> String {
        var i = lineStarts[position(at: offset).line - 1]
        let start = i
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        return text(start, i)
    }

    /// The offset where the line holding `offset` starts.
    public func lineStart(at offset: Int) -> Int { lineStarts[position(at: offset).line - 1] }

    /// An edit replacing `start..<end` with `replacement`.
    public func edit(_ start: Int, _ end: Int, _ replacement: String) -> Edit { Edit(range: range(start, end), replacement: replacement) }
}

extension StringProtocol {
    /// The text without spaces, tabs and newlines around it.
    public var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
