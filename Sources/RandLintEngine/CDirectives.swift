/// The `#include` and `#define` lines of a C file, found by a byte scan (not a preprocessor:
/// conditionals are not evaluated, so both branches of an `#if` count, and what it finds is a
/// superset of what a build sees). Comments and string literals are skipped, so a directive
/// written inside either is not one.
struct CDirectives {
    struct Include: Equatable {
        var name: String
        /// `<name>` rather than `"name"`: not searched in the including file's folder.
        var angled: Bool
    }

    struct Macro: Equatable {
        var name: String
        /// Byte offsets of the replacement text (after the name and any parameter list), up to the
        /// end of the logical line (backslash-continued lines included).
        var body: Range<Int>
    }

    var includes: [Include] = []
    var macros: [Macro] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        var i = 0
        var lineStart = true
        while i < n {
            let byte = bytes[i]
            switch byte {
            case 0x0A: // newline
                lineStart = true
                i += 1
            case 0x20, 0x09, 0x0D, 0x0B, 0x0C:
                i += 1
            case 0x2F where i + 1 < n && bytes[i + 1] == 0x2A: // /* … */
                i = Self.skipBlockComment(bytes, from: i + 2)
            case 0x2F where i + 1 < n && bytes[i + 1] == 0x2F: // // … end of line
                i = Self.endOfLine(bytes, from: i, continued: false)
            case 0x22, 0x27: // "…" or '…'
                i = Self.skipQuoted(bytes, from: i)
                lineStart = false
            case 0x23 where lineStart: // #
                i = directive(bytes, from: i + 1)
                lineStart = false
            default:
                i += 1
                lineStart = false
            }
        }
    }

    /// Reads one directive after its `#`; returns the offset of the end of its logical line.
    private mutating func directive(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = Self.skipSpaces(bytes, from: start)
        let keyword = Self.identifier(bytes, from: i)
        i = keyword.upperBound
        let end = Self.endOfLine(bytes, from: i, continued: true)
        switch Self.text(bytes, keyword) {
        case "include", "include_next", "import":
            i = Self.skipSpaces(bytes, from: i)
            guard i < end else { break }
            let close: UInt8
            switch bytes[i] {
            case 0x22: close = 0x22
            case 0x3C: close = 0x3E
            default: return end
            }
            var j = i + 1
            while j < end, bytes[j] != close { j += 1 }
            if j < end { includes.append(Include(name: Self.text(bytes, i + 1..<j), angled: close == 0x3E)) }
        case "define":
            i = Self.skipSpaces(bytes, from: i)
            let name = Self.identifier(bytes, from: i)
            guard !name.isEmpty else { break }
            i = name.upperBound
            if i < end, bytes[i] == 0x28 { // function-like: skip the parameter list
                while i < end, bytes[i] != 0x29 { i += 1 }
                i = min(i + 1, end)
            }
            macros.append(Macro(name: Self.text(bytes, name), body: i..<end))
        default:
            break
        }
        return end
    }

    private static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        return i
    }

    private static func identifier(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int> {
        var i = start
        while i < bytes.count {
            let c = bytes[i]
            guard (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F else { break }
            i += 1
        }
        return start..<i
    }

    /// The offset of the newline ending the line at `start` (or the end of the file); with
    /// `continued`, a backslash right before the newline continues the line.
    private static func endOfLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, continued: Bool) -> Int {
        var i = start
        while i < bytes.count {
            if bytes[i] == 0x0A {
                var j = i - 1
                if j >= start, bytes[j] == 0x0D { j -= 1 }
                guard continued, j >= start, bytes[j] == 0x5C else { return i }
            }
            i += 1
        }
        return i
    }

    private static func skipBlockComment(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i + 1 < bytes.count {
            if bytes[i] == 0x2A, bytes[i + 1] == 0x2F { return i + 2 }
            i += 1
        }
        return bytes.count
    }

    /// Past the closing quote of the literal opening at `start`; a literal ends at the newline at
    /// the latest (an unterminated one does not swallow the file).
    private static func skipQuoted(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let quote = bytes[start]
        var i = start + 1
        while i < bytes.count {
            switch bytes[i] {
            case quote: return i + 1
            case 0x5C: i += 2
            case 0x0A: return i
            default: i += 1
            }
        }
        return bytes.count
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
