import RandLintCore

/// A unified diff (`diff -u` format, 3 lines of context) between two texts, for `--diff`.
public enum UnifiedDiff {
    public static func render(_ file: LintReport.FixedFile) -> String {
        render(old: file.original, new: file.fixed, path: file.path)
    }

    public static func render(old: String, new: String, path: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        let script = edits(a, b)
        guard script.contains(where: { $0.kind != .same }) else { return "" }
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        var index = 0
        while index < script.count {
            guard let change = script[index...].firstIndex(where: { $0.kind != .same }) else { break }
            var start = max(index, change - context), end = change
            // extend the hunk while the next change is within 2 × context unchanged lines
            while true {
                while end < script.count, script[end].kind != .same { end += 1 }
                var next = end
                while next < script.count, script[next].kind == .same { next += 1 }
                if next < script.count, next - end <= 2 * context { end = next; continue }
                end = min(script.count, end + context)
                break
            }
            if start < index { start = index }
            let hunk = script[start..<end]
            let oldStart = hunk.first.map { $0.oldLine } ?? 0, newStart = hunk.first.map { $0.newLine } ?? 0
            let oldCount = hunk.filter { $0.kind != .insert }.count, newCount = hunk.filter { $0.kind != .delete }.count
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for line in hunk {
                let marker = line.kind == .same ? " " : line.kind == .delete ? "-" : "+"
                out += marker + line.text
                if !line.text.hasSuffix("\n") { out += "\n\\ No newline at end of file\n" }
            }
            index = end
        }
        return out
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start - 1),0" : count == 1 ? "\(start)" : "\(start),\(count)"
    }

    /// Lines with their line ends.
    private static func lines(_ text: String) -> [String] {
        var result: [String] = [], current = ""
        for character in text {
            current.append(character)
            if character == "\n" || character == "\r\n" || character == "\r" { result.append(current); current = "" }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    private struct Line {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var text: String
        /// 1-based line numbers in the old and new text where this line is (or would be).
        var oldLine: Int
        var newLine: Int
    }

    /// The longest-common-subsequence edit script (files with fixes are small; O(n·m) is fine,
    /// bounded by trimming the common head and tail first).
    private static func edits(_ a: [String], _ b: [String]) -> [Line] {
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let x = Array(a[head..<(a.count - tail)]), y = Array(b[head..<(b.count - tail)])
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                lcs[i][j] = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var script: [Line] = []
        var oldLine = 1, newLine = 1
        func emit(_ kind: Line.Kind, _ text: String) {
            script.append(Line(kind: kind, text: text, oldLine: oldLine, newLine: newLine))
            if kind != .insert { oldLine += 1 }
            if kind != .delete { newLine += 1 }
        }
        for line in a[..<head] { emit(.same, line) }
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] { emit(.same, x[i]); i += 1; j += 1 }
            else if i < x.count, j == y.count || lcs[i + 1][j] >= lcs[i][j + 1] { emit(.delete, x[i]); i += 1 }
            else { emit(.insert, y[j]); j += 1 }
        }
        for line in a[(a.count - tail)...] { emit(.same, line) }
        return script
    }
}
