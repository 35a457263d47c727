import RandLintCore

/// How LSP positions count characters in a line (LSP 3.17 `PositionEncodingKind`).
public enum PositionEncoding: String, Sendable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case utf32 = "utf-32"

    /// utf-8 when the client offers it (randlint's native unit), else utf-16, the mandatory default.
    public static func negotiate(offered: [String]?) -> PositionEncoding {
        (offered ?? []).contains(PositionEncoding.utf8.rawValue) ? .utf8 : .utf16
    }
}

/// A 0-based LSP position: `character` is in the negotiated encoding.
public struct LSPPosition: Hashable, Comparable, Sendable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (a: LSPPosition, b: LSPPosition) -> Bool { (a.line, a.character) < (b.line, b.character) }

    var json: JSON { ["line": .int(line), "character": .int(character)] }

    init?(json: JSON?) {
        guard let line = json?["line"]?.intValue, let character = json?["character"]?.intValue, line >= 0, character >= 0 else { return nil }
        self.init(line: line, character: character)
    }
}

public struct LSPRange: Hashable, Sendable {
    public var start: LSPPosition
    public var end: LSPPosition

    public init(start: LSPPosition, end: LSPPosition) {
        self.start = start
        self.end = end
    }

    var json: JSON { ["start": start.json, "end": end.json] }

    init?(json: JSON?) {
        guard let start = LSPPosition(json: json?["start"]), let end = LSPPosition(json: json?["end"]) else { return nil }
        self.init(start: start, end: end)
    }

    /// Whether the two ranges share a position; an empty range touching another counts (a cursor
    /// at the start or end of a diagnostic is "on" it, as editors treat it).
    func touches(_ other: LSPRange) -> Bool {
        !(end < other.start || other.end < start)
    }
}

/// A document's lines, for converting randlint's 1-based line / 1-based UTF-8 byte column into
/// LSP's 0-based line / 0-based column in the negotiated encoding. Lines end at `\n`, `\r\n` or
/// `\r`, as in LSP; a line's text excludes its terminator.
public struct LineTable: Sendable {
    /// The UTF-8 bytes of each line, without the terminator.
    private let lines: [ArraySlice<UInt8>]

    public init(_ text: String) {
        let file = SourceFile(text)
        lines = (1...file.lineCount).map { file.line($0)! }
    }

    public var lineCount: Int { lines.count }

    /// The UTF-8 text of a 0-based line ("" past the end).
    public func text(ofLine line: Int) -> String {
        guard line >= 0 && line < lines.count else { return "" }
        return String(decoding: lines[line], as: UTF8.self)
    }

    /// Converts a 1-based line and 1-based UTF-8 byte column. Lines past the end clamp to the end
    /// of the document; columns past the end of the line clamp to its end; a column inside a
    /// multi-byte character moves to that character's start.
    public func position(line: Int, utf8Column: Int, encoding: PositionEncoding) -> LSPPosition {
        guard !lines.isEmpty else { return LSPPosition(line: 0, character: 0) }
        if line < 1 { return LSPPosition(line: 0, character: 0) }
        if line > lines.count {
            let last = lines.count - 1
            return LSPPosition(line: last, character: Self.length(of: lines[last], encoding: encoding))
        }
        let bytes = lines[line - 1]
        let byteOffset = min(max(utf8Column - 1, 0), bytes.count)
        var prefix = bytes.prefix(byteOffset)
        // Never split a character: back off continuation bytes.
        while let next = bytes.dropFirst(prefix.count).first, next & 0xC0 == 0x80, !prefix.isEmpty {
            prefix = prefix.dropLast()
        }
        return LSPPosition(line: line - 1, character: Self.length(of: prefix, encoding: encoding))
    }

    /// The position just after the last character of a 0-based line.
    public func endOfLine(_ line: Int, encoding: PositionEncoding) -> LSPPosition {
        guard line >= 0 && line < lines.count else { return LSPPosition(line: max(line, 0), character: 0) }
        return LSPPosition(line: line, character: Self.length(of: lines[line], encoding: encoding))
    }

    /// The 0-based UTF-8 byte offset in the whole text of an LSP position (for applying edits);
    /// clamps like `position(line:utf8Column:encoding:)`.
    public func byteOffset(of position: LSPPosition, encoding: PositionEncoding) -> Int {
        guard let last = lines.last else { return 0 }
        guard position.line < lines.count else { return last.endIndex }
        let bytes = lines[position.line]
        var units = 0
        var offset = bytes.startIndex
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            let width: Int
            switch encoding {
            case .utf8: width = UTF8.width(scalar)
            case .utf16: width = UTF16.width(scalar)
            case .utf32: width = 1
            }
            if units + width > position.character { break }
            units += width
            offset += UTF8.width(scalar)
        }
        return min(offset, bytes.endIndex)
    }

    static func length(of bytes: ArraySlice<UInt8>, encoding: PositionEncoding) -> Int {
        switch encoding {
        case .utf8: return bytes.count
        case .utf16: return String(decoding: bytes, as: UTF8.self).utf16.count
        case .utf32: return String(decoding: bytes, as: UTF8.self).unicodeScalars.count
        }
    }
}
