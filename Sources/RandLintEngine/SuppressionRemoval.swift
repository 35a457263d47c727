import RandLintCore

/// The safe fix of `unused-suppression` (as Ruff's RUF100): a stale rule id leaves the
/// directive's list, and a directive left with nothing to silence leaves the file — the whole
/// line when the comment stands alone on it, else the comment and the spaces before it. Text
/// before the directive in the same comment (`// legacy: randlint:disable-line …`) is a note
/// someone wrote: then only the id is removed, or nothing is offered.
struct SuppressionRemoval {
    let directive: Suppressions.Directive
    let source: SourceFile

    func fix(removing id: String, wholeDirective: Bool) -> Fix? {
        let start = directive.range.start.offset, end = directive.range.end.offset
        let comment = source.text(start, end)
        if wholeDirective, let edit = commentRemoval(comment, start: start, end: end) {
            return Fix(title: "remove the unused disable comment", applicability: .safe, edits: [edit])
        }
        guard let edit = idRemoval(id, comment: comment, start: start) else { return nil }
        return Fix(title: "remove '\(id)' from the disable comment", applicability: .safe, edits: [edit])
    }

    /// Deletes the comment when nothing but the comment opener stands before its directive.
    private func commentRemoval(_ comment: String, start: Int, end: Int) -> Edit? {
        guard let directive = comment.range(of: "randlint:") ?? comment.range(of: "NOLINT") else { return nil }
        let opener = comment[..<directive.lowerBound].trimmingSpaces
        guard opener == "//" || opener == "/*" else { return nil }
        if directive.lowerBound == comment.range(of: "NOLINT")?.lowerBound, nolintNamesOthers(comment) { return nil }
        let bytes = source.bytes
        let lineStart = source.lineStart(at: start)
        var lineEnd = end
        while lineEnd < bytes.count, bytes[lineEnd] == 0x20 || bytes[lineEnd] == 0x09 { lineEnd += 1 }
        let alone = source.text(lineStart, start).trimmingSpaces.isEmpty
        if alone, lineEnd == bytes.count || bytes[lineEnd] == 0x0A || bytes[lineEnd] == 0x0D {
            var next = lineEnd
            if next < bytes.count, bytes[next] == 0x0D { next += 1 }
            if next < bytes.count, bytes[next] == 0x0A { next += 1 }
            return source.edit(lineStart, next, "")
        }
        var from = start
        while from > lineStart, bytes[from - 1] == 0x20 || bytes[from - 1] == 0x09 { from -= 1 }
        return source.edit(from, lineEnd > end && alone ? lineEnd : end, "")
    }

    /// Whether a `NOLINT(…)` list names checks that are not randlint's (they must stay).
    private func nolintNamesOthers(_ comment: String) -> Bool {
        guard let open = comment.range(of: "NOLINT")?.upperBound, let paren = comment[open...].firstIndex(of: "("),
              let close = comment[paren...].firstIndex(of: ")") else { return false }
        return comment[comment.index(after: paren)..<close].split(separator: ",").contains { !$0.trimmingSpaces.hasPrefix("randlint-") }
    }

    /// Deletes one id (`key-reuse`, or `randlint-key-reuse` in a NOLINT list) and the comma
    /// that joins it to its neighbour.
    private func idRemoval(_ id: String, comment: String, start: Int) -> Edit? {
        let bytes = Array(comment.utf8)
        let candidates = ["randlint-" + id, id]
        for word in candidates {
            let needle = Array(word.utf8)
            var i = 0
            while i + needle.count <= bytes.count {
                let isWord = Array(bytes[i..<(i + needle.count)]) == needle
                    && (i == 0 || [0x20, 0x09, UInt8(ascii: ","), UInt8(ascii: "(")].contains(bytes[i - 1]))
                    && (i + needle.count == bytes.count || [0x20, 0x09, 0x0A, UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: "*")].contains(bytes[i + needle.count]))
                guard isWord else { i += 1; continue }
                var from = i, to = i + needle.count
                var after = to
                while after < bytes.count, bytes[after] == 0x20 || bytes[after] == 0x09 { after += 1 }
                if after < bytes.count, bytes[after] == UInt8(ascii: ",") {
                    to = after + 1
                    while to < bytes.count, bytes[to] == 0x20 || bytes[to] == 0x09 { to += 1 }
                } else {
                    var before = from
                    while before > 0, bytes[before - 1] == 0x20 || bytes[before - 1] == 0x09 { before -= 1 }
                    guard before > 0, bytes[before - 1] == UInt8(ascii: ",") else { return nil }  // the only id: the directive would be empty
                    from = before - 1
                }
                return source.edit(start + from, start + to, "")
            }
        }
        return nil
    }
}
