import RandLintCore

/// Parses each source text once per render.
final class SourceCache {
    private let sources: [String: String]
    private var cache: [String: SourceFile] = [:]

    init(_ sources: [String: String]) { self.sources = sources }

    func lines(of path: String) -> SourceFile? {
        if let hit = cache[path] { return hit }
        guard let text = sources[path] else { return nil }
        let lines = SourceFile(text)
        cache[path] = lines
        return lines
    }

    func line(_ number: Int, of path: String) -> ArraySlice<UInt8>? { lines(of: path)?.line(number) }
}

enum Columns {
    /// The 1-based UTF-16 column of a 1-based UTF-8 byte column on `line`. Bytes past the end of
    /// the line (a range ending at the newline) count one unit each; without the line's text the
    /// byte column is returned unchanged (equal for ASCII).
    static func utf16(byteColumn: Int, in line: ArraySlice<UInt8>?) -> Int {
        guard let line, byteColumn > 1 else { return max(byteColumn, 1) }
        let prefixCount = min(byteColumn - 1, line.count)
        let prefix = line.prefix(prefixCount)
        let units = String(decoding: prefix, as: UTF8.self).utf16.count
        return 1 + units + (byteColumn - 1 - prefixCount)
    }

    /// How many terminal cells `text` takes: one per character (grapheme cluster), two for wide
    /// characters (East Asian wide/fullwidth, emoji presentation).
    static func displayWidth(_ text: Substring) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of character: Character) -> Int {
        for scalar in character.unicodeScalars where isWide(scalar) { return 2 }
        return 1
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x1100 { return false }
        if scalar.properties.isEmojiPresentation { return true }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension Finding {
    var levelCounts: (errors: Int, warnings: Int) { level == .error ? (1, 0) : (0, 1) }
}

func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

/// Fixed two-decimal formatting without Foundation (locale-independent).
func formatSeconds(_ seconds: Double) -> String {
    let hundredths = Int((max(seconds, 0) * 100).rounded())
    let frac = hundredths % 100
    return "\(hundredths / 100).\(frac < 10 ? "0" : "")\(frac)s"
}
