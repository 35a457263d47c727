import Foundation
import RandLintCore

/// The `#include` and `#define` lines of a C file, found by a byte scan (not a preprocessor:
/// conditionals are not evaluated, so both branches of an `#if` count, and what it finds is a
/// superset of what a build sees). A directive is a `#` with only spaces or tabs before it on
/// its line; one inside a block comment counts too, which can only add candidates.
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
        guard let base = bytes.baseAddress else { return }
        let n = bytes.count
        var i = 0
        while i < n, let hit = memchr(base + i, 0x23, n - i) { // the next `#`, found with memchr
            let hash = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
            var j = hash - 1
            while j >= 0, bytes[j] == 0x20 || bytes[j] == 0x09 { j -= 1 }
            i = (j < 0 || bytes[j] == 0x0A) ? directive(bytes, from: hash + 1) : hash + 1
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
            while j < end, bytes[j] != close, bytes[j] != 0x0A { j += 1 } // a name does not span lines
            if j < end, bytes[j] == close { includes.append(Include(name: Self.text(bytes, i + 1..<j), angled: close == 0x3E)) }
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
            guard IdentifierBytes.isPart(c) else { break }
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

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
