import RandLintCore

/// The source text inside the model's ranges, for writing fixes. Rules do not parse: they take
/// a range the model gives (a call, an operator expression, a seed) and split it only where the
/// split is certain — one binary operator outside brackets, strings and comments. Whatever
/// these helpers cannot split gives nil, and the rule then offers no fix. (The engine re-parses
/// and re-lints every fixed file besides, so a wrong split is dropped, never written.)
struct FixText {
    let source: SourceFile

    /// A byte range `start..<end` of the file.
    struct Span: Hashable {
        var start: Int
        var end: Int
    }

    func text(_ span: Span) -> String { source.text(span.start, span.end) }
    func span(_ range: SourceRange) -> Span { Span(start: range.start.offset, end: range.end.offset) }
    func text(_ range: SourceRange) -> String { text(span(range)) }

    func edit(_ span: Span, _ replacement: String) -> Edit { source.edit(span.start, span.end, replacement) }
    func insert(at offset: Int, _ text: String) -> Edit { source.edit(offset, offset, text) }

    /// The span without the whitespace around it.
    func trimmed(_ span: Span) -> Span {
        var start = span.start, end = span.end
        while start < end, isSpace(source.bytes[start]) { start += 1 }
        while end > start, isSpace(source.bytes[end - 1]) { end -= 1 }
        return Span(start: start, end: end)
    }

    /// The two operands of the binary operator `op` that `range` spans. Binary operators group
    /// left to right within a precedence, and the model's tree already says `op` is the one at
    /// the top, so it is the last `op` token outside brackets. Parentheses around the whole
    /// range are looked through.
    func operands(of range: SourceRange, operator op: String) -> (left: Span, right: Span)? {
        var whole = trimmed(span(range))
        for _ in 0..<4 {
            if let split = lastTopLevel(op, in: whole) {
                let left = trimmed(Span(start: whole.start, end: split)), right = trimmed(Span(start: split + op.utf8.count, end: whole.end))
                return left.start < left.end && right.start < right.end ? (left, right) : nil
            }
            guard let inner = insideParentheses(whole) else { return nil }
            whole = trimmed(inner)
        }
        return nil
    }

    /// The span inside `( … )` when one pair of parentheses encloses the whole span.
    func insideParentheses(_ span: Span) -> Span? {
        let bytes = source.bytes
        guard span.end - span.start >= 2, bytes[span.start] == UInt8(ascii: "("), bytes[span.end - 1] == UInt8(ascii: ")") else { return nil }
        var depth = 0
        var closesAt: Int?
        scan(span) { index, byte, _ in
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") { depth -= 1; if depth == 0 && closesAt == nil { closesAt = index } }
        }
        return closesAt == span.end - 1 ? Span(start: span.start + 1, end: span.end - 1) : nil
    }

    /// The text of the span when it can stand as an operand anywhere (a name, a member path, a
    /// literal, a call, something already in parentheses); otherwise the text in parentheses.
    func operandText(_ span: Span) -> String {
        let text = self.text(span)
        return Self.isPrimary(text) ? text : "(\(text))"
    }

    /// A name, member path, literal or call: no operator or space outside brackets.
    static func isPrimary(_ text: String) -> Bool {
        var depth = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"): depth -= 1
            default:
                let isWord = isIdentifierByte(byte) || byte == UInt8(ascii: ".") || byte >= 0x80
                if depth == 0 && !isWord { return false }
            }
        }
        return depth == 0 && !text.isEmpty
    }

    /// A plain identifier (`i`, `workerID`, `_n`).
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return text.utf8.allSatisfy(isIdentifierByte)
    }

    /// Whether `word` occurs in the span as a whole identifier (a fresh name must not).
    func mentions(_ word: String, in span: Span) -> Bool { !occurrences(of: word, in: span).isEmpty }

    /// Where `word` occurs in the span as a whole name (not after `.` or `->`), when it occurs
    /// exactly once.
    func onlyOccurrence(of word: String, in span: Span) -> Int? {
        let found = occurrences(of: word, in: span).filter { $0 == 0 || source.bytes[$0 - 1] != UInt8(ascii: ".") && source.bytes[$0 - 1] != UInt8(ascii: ">") }
        return found.count == 1 ? found[0] : nil
    }

    /// The offsets where `word` stands in the span as a whole identifier.
    private func occurrences(of word: String, in span: Span) -> [Int] {
        let needle = Array(word.utf8), bytes = source.bytes
        guard !needle.isEmpty, span.start >= 0, span.end <= bytes.count else { return [] }
        var found: [Int] = []
        var i = span.start
        while i + needle.count <= span.end {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle),
               i == 0 || !Self.isIdentifierByte(bytes[i - 1]),
               i + needle.count == bytes.count || !Self.isIdentifierByte(bytes[i + needle.count]) { found.append(i) }
            i += 1
        }
        return found
    }

    /// Whether only spaces and tabs stand before `offset` on its line.
    func startsLine(_ offset: Int) -> Bool {
        var i = source.lineStart(at: offset)
        while i < offset, source.bytes[i] == 0x20 || source.bytes[i] == 0x09 { i += 1 }
        return i == offset
    }

    /// The parentheses of a call's argument list when the span ends with it: the offsets of its
    /// `(` and `)`.
    func argumentList(_ span: Span) -> (open: Int, close: Int)? {
        let bytes = source.bytes
        guard span.end > span.start, bytes[span.end - 1] == UInt8(ascii: ")") else { return nil }
        var depth = 0, i = span.end - 1
        while i >= span.start {
            if bytes[i] == UInt8(ascii: ")") { depth += 1 }
            if bytes[i] == UInt8(ascii: "(") { depth -= 1; if depth == 0 { return (i, span.end - 1) } }
            if bytes[i] == UInt8(ascii: "\"") { return nil }
            i -= 1
        }
        return nil
    }

    /// The offset of the last `op` token at bracket depth 0 in the span: a run of operator
    /// characters equal to `op` (so `-` is not found in `->` or `-=`).
    private func lastTopLevel(_ op: String, in span: Span) -> Int? {
        let opBytes = Array(op.utf8)
        var depth = 0, found: Int?
        var runStart = -1, run: [UInt8] = []
        func endRun() {
            if run == opBytes && followsOperand(runStart, from: span.start) { found = runStart }
            run = []
        }
        scan(span) { index, byte, inCode in
            guard inCode else { endRun(); return }
            if Self.operatorBytes.contains(byte) && depth == 0 {
                if run.isEmpty { runStart = index }
                run.append(byte)
                return
            }
            endRun()
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        endRun()
        return found
    }

    /// Whether an operand ends just before `offset` (so an operator there is binary, not prefix).
    private func followsOperand(_ offset: Int, from start: Int) -> Bool {
        var i = offset - 1
        while i >= start, isSpace(source.bytes[i]) { i -= 1 }
        guard i >= start else { return false }
        let byte = source.bytes[i]
        return Self.isIdentifierByte(byte) || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'") || byte >= 0x80
    }

    /// Calls `body(index, byte, inCode)` for each byte, with `inCode` false inside string and
    /// character literals and comments.
    private func scan(_ span: Span, _ body: (Int, UInt8, Bool) -> Void) {
        let bytes = source.bytes
        var i = span.start
        while i < span.end {
            let byte = bytes[i]
            if byte == UInt8(ascii: "/"), i + 1 < span.end, bytes[i + 1] == UInt8(ascii: "/") {
                while i < span.end, bytes[i] != 0x0A { body(i, bytes[i], false); i += 1 }
                continue
            }
            if byte == UInt8(ascii: "/"), i + 1 < span.end, bytes[i + 1] == UInt8(ascii: "*") {
                body(i, byte, false); body(i + 1, bytes[i + 1], false); i += 2
                while i < span.end, !(bytes[i] == UInt8(ascii: "*") && i + 1 < span.end && bytes[i + 1] == UInt8(ascii: "/")) { body(i, bytes[i], false); i += 1 }
                if i < span.end { body(i, bytes[i], false); body(i + 1, bytes[i + 1], false); i += 2 }
                continue
            }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                body(i, byte, false); i += 1
                while i < span.end, bytes[i] != byte {
                    if bytes[i] == UInt8(ascii: "\\") { body(i, bytes[i], false); i += 1 }
                    if i < span.end { body(i, bytes[i], false); i += 1 }
                }
                if i < span.end { body(i, bytes[i], false); i += 1 }
                continue
            }
            body(i, byte, true)
            i += 1
        }
    }

    private static let operatorBytes: Set<UInt8> = Set("+-*/%<>=!&|^~".utf8)

    static func isIdentifierByte(_ byte: UInt8) -> Bool { IdentifierBytes.isPart(byte) || byte == UInt8(ascii: "$") }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}

extension SourceRange {
    /// Whether `other` lies within this range (so both are in the same file: a fix may edit
    /// `other` where it reports this range; ranges from a named constant's definition elsewhere
    /// are never edited).
    func encloses(_ other: SourceRange) -> Bool {
        start.offset <= other.start.offset && other.end.offset <= end.offset && start.line <= other.start.line && other.end.line <= end.line
    }
}

extension RulePass {
    /// The file's text for writing a fix, or nil when the engine gave none.
    var fixText: FixText? { source.map(FixText.init) }
}
