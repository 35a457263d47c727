/// A position in a source file. `line` and `column` are 1-based; `column` counts UTF-8 bytes
/// (as clang prints them); `offset` is the 0-based UTF-8 byte offset from the start of the file.
public struct SourcePosition: Hashable, Comparable, Sendable, Codable {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A half-open range of source text: `end` is the position just after the last byte.
public struct SourceRange: Hashable, Comparable, Sendable, Codable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    public static func < (a: SourceRange, b: SourceRange) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}

extension SourceRange: CustomStringConvertible {
    public var description: String { "\(start.line):\(start.column)-\(end.line):\(end.column)" }
}
