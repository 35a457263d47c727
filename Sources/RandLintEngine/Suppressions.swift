import Foundation
import RandLintCore

/// Inline suppressions of one file, read from comments (never from string literals):
/// `// randlint:disable-next-line RULE[, RULE] [-- reason]`, `// randlint:disable-line RULE`,
/// `// randlint:disable RULE` (the whole file), and clang-tidy's `NOLINT(randlint-RULE)` /
/// `NOLINTNEXTLINE(randlint-RULE)` (a bare `NOLINT` silences every rule on the line).
/// The rule list `all` (or `randlint-*`) silences every rule.
///
/// Each directive remembers what it suppressed, so the engine can report the ones that
/// suppress nothing (`unused-suppression`).
struct Suppressions {
    struct Directive {
        /// The comment (or, for a block comment over several lines, its line) holding the directive.
        var range: SourceRange
        /// The line it silences; nil for the whole file.
        var target: Int?
        /// Rule ids as written; `all` for every rule.
        var rules: [String]
        /// clang-tidy's bare `NOLINT`/`NOLINTNEXTLINE`, or one that names no randlint check: it is
        /// clang-tidy's as much as ours, so it is never reported as unused.
        var foreign: Bool
    }

    private(set) var directives: [Directive] = []

    /// Whether the text holds `randlint:` or `NOLINT` at all: a byte search (String's own
    /// `contains` costs milliseconds on a large file, on every lint of every file with findings).
    static func mayHaveDirectives(_ source: String) -> Bool {
        var source = source
        return source.withUTF8 { bytes in
            let a = Array("randlint:".utf8), b = Array("NOLINT".utf8)
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte == a[0], i + a.count <= bytes.count, (0..<a.count).allSatisfy({ bytes[i + $0] == a[$0] }) { return true }
                if byte == b[0], i + b.count <= bytes.count, (0..<b.count).allSatisfy({ bytes[i + $0] == b[$0] }) { return true }
                i += 1
            }
            return false
        }
    }

    init(source: String) {
        guard Self.mayHaveDirectives(source) else { return }
        for comment in CommentScanner.comments(in: source) {
            let text = comment.text
            var rest = Substring(text)
            while let directive = rest.range(of: "randlint:") {
                let after = rest[directive.upperBound...]
                let words = after.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                rest = after
                guard let command = words.first else { continue }
                let rules = Self.ruleList(words.dropFirst())
                let target: Int??
                switch command {
                case "disable-next-line": target = .some(comment.range.start.line + 1)
                case "disable-line": target = .some(comment.range.start.line)
                case "disable": target = .some(nil)
                default: target = nil
                }
                if let target { directives.append(Directive(range: comment.range, target: target, rules: rules, foreign: false)) }
            }
            if let nolint = text.range(of: "NOLINTNEXTLINE") {
                let (rules, foreign) = Self.nolintRules(text[nolint.upperBound...])
                directives.append(Directive(range: comment.range, target: comment.range.start.line + 1, rules: rules, foreign: foreign))
            } else if let nolint = text.range(of: "NOLINT") {
                let (rules, foreign) = Self.nolintRules(text[nolint.upperBound...])
                directives.append(Directive(range: comment.range, target: comment.range.start.line, rules: rules, foreign: foreign))
            }
        }
    }

    /// A directive's rule that silenced at least one finding: (directive index, rule as written).
    struct Use: Hashable {
        var directive: Int
        var rule: String
    }

    func suppresses(_ finding: Finding) -> Bool { !uses(of: finding).isEmpty }

    /// The directive rules that silence `finding`.
    func uses(of finding: Finding) -> [Use] {
        var uses: [Use] = []
        for (index, directive) in directives.enumerated() {
            if let target = directive.target, target != finding.range.start.line { continue }
            for rule in directive.rules where rule == finding.ruleID || rule == "all" { uses.append(Use(directive: index, rule: rule)) }
        }
        return uses
    }

    /// The findings no directive silences, and the directive rules that silenced something.
    func apply(_ findings: [Finding]) -> (kept: [Finding], used: Set<Use>) {
        guard !directives.isEmpty else { return (findings, []) }
        var kept: [Finding] = [], used = Set<Use>()
        for finding in findings {
            let uses = uses(of: finding)
            if uses.isEmpty { kept.append(finding) } else { used.formUnion(uses) }
        }
        return (kept, used)
    }

    /// `unused-suppression` findings: directive rules that silenced nothing although the rule ran
    /// (`running`), and rule ids that are not randlint rules (`known` lists those). Rules that did
    /// not run (off, ignored, not selected) are not reported: nothing can be said about them.
    /// The rule never reports itself, and its own findings obey the file's directives.
    /// `source` (the file's text) lets each finding carry its safe fix: the stale rule id
    /// removed from the list, or the whole comment when nothing in it is used.
    func unused(used: Set<Use>, running: Set<String>, known: [String], rule: Rule, path: String, language: Language,
                source: SourceFile? = nil) -> [Finding] {
        var findings: [Finding] = []
        for (index, directive) in directives.enumerated() where !directive.foreign {
            let scope = directive.target == nil ? "in this file" : "on line \(directive.target!)"
            var reported: [(id: String, message: String)] = []
            for id in directive.rules where id != rule.id && !used.contains(Use(directive: index, rule: id)) {
                if id == "all" {
                    reported.append((id, "this disable comment silences no finding \(scope), but would hide any future one there"))
                } else if !known.contains(id) {
                    reported.append((id, "'\(id)' is not a randlint rule\(DidYouMean.suggestion(for: id, among: known)), so this disable comment silences nothing"))
                } else if running.contains(id) {
                    reported.append((id, "this disable comment silences no \(id) finding \(scope), but would hide a future one there"))
                }
            }
            let removesAll = reported.count == directive.rules.count
            for (id, message) in reported {
                let fix = source.flatMap { SuppressionRemoval(directive: directive, source: $0).fix(removing: id, wholeDirective: removesAll) }
                findings.append(Finding(ruleID: rule.id, level: rule.level, path: path, range: directive.range, message: message,
                                        help: rule.help[language] ?? rule.help.values.first ?? "", fix: fix))
            }
        }
        // Only a directive that names this rule silences it (`all` would silence reports about itself).
        return findings.filter { finding in
            !directives.contains { ($0.target == nil || $0.target == finding.range.start.line) && $0.rules.contains(rule.id) }
        }
    }

    private static func ruleList(_ words: ArraySlice<String>) -> [String] {
        var rules: [String] = []
        for word in words {
            if word == "--" || word.hasPrefix("*/") || word.hasPrefix("//") { break }
            let closed = word.range(of: "*/")
            for id in word[..<(closed?.lowerBound ?? word.endIndex)].split(separator: ",") where !rules.contains(String(id)) {
                rules.append(String(id))
            }
            if closed != nil { break }
        }
        return rules
    }

    /// The randlint rules of a NOLINT's check list; a bare NOLINT (or one naming no randlint
    /// check) is foreign: clang-tidy's as much as ours.
    private static func nolintRules(_ rest: Substring) -> (rules: [String], foreign: Bool) {
        guard rest.first == "(", let close = rest.firstIndex(of: ")") else { return (["all"], true) }
        var rules: [String] = []
        for check in rest[rest.index(after: rest.startIndex)..<close].split(separator: ",") {
            let name = check.trimmingCharacters(in: .whitespaces)
            if name == "randlint-*" { rules.append("all") }
            else if name.hasPrefix("randlint-") { rules.append(String(name.dropFirst("randlint-".count))) }
        }
        return (rules, rules.isEmpty)
    }
}

/// Finds the comments of a Swift or C file: `//` to the end of the line, `/* … */` (one piece per
/// line it spans), skipping string literals (`"…"`, Swift `"""…"""` and raw `#"…"#`, C `'…'`), so
/// a directive quoted in a string is not one.
enum CommentScanner {
    struct Comment {
        /// The comment's text, from its `//` or `/*` (or the start of a continuation line).
        var text: String
        var range: SourceRange
    }

    static func comments(in source: String) -> [Comment] {
        let b = Array(source.utf8)
        let n = b.count
        var comments: [Comment] = []
        let file = SourceFile(bytes: b)
        var i = 0
        func position(_ offset: Int) -> SourcePosition { file.position(at: offset) }
        func emit(_ start: Int, _ end: Int) {
            var e = end
            while e > start, b[e - 1] == 0x20 || b[e - 1] == 0x09 || b[e - 1] == 0x0D { e -= 1 }
            comments.append(Comment(text: String(decoding: b[start..<e], as: UTF8.self), range: SourceRange(start: position(start), end: position(e))))
        }
        /// `\n`, or a `\r` not followed by `\n` (old Mac line endings), as the front ends count lines.
        func isBreak(_ offset: Int) -> Bool { b[offset] == 0x0A || (b[offset] == 0x0D && (offset + 1 >= n || b[offset + 1] != 0x0A)) }
        /// Skips a string body starting at `i` (after the opening quotes) up to and including the
        /// closing delimiter. `multiline`: ends at `"""`; `hashes`: raw string, escapes inactive.
        func skipString(quote: UInt8, multiline: Bool, hashes: Int) {
            while i < n {
                if isBreak(i) {
                    if !multiline { return }  // an unterminated literal ends at the line's end
                    i += 1
                    continue
                }
                let c = b[i]
                if c == 0x5C, hashes == 0 {  // backslash escape
                    i += 2
                    continue
                }
                if c == quote {
                    let quotes = multiline ? 3 : 1
                    var j = i
                    var k = 0
                    while k < quotes, j < n, b[j] == quote { j += 1; k += 1 }
                    if k == quotes {
                        var h = 0
                        while h < hashes, j < n, b[j] == 0x23 { j += 1; h += 1 }
                        if h == hashes {
                            i = j
                            return
                        }
                    }
                    i += 1
                    continue
                }
                i += 1
            }
        }
        while i < n {
            let c = b[i]
            switch c {
            case 0x0A, 0x0D:
                i += 1
            case 0x2F where i + 1 < n && b[i + 1] == 0x2F:  // `//`
                var end = i
                while end < n, !isBreak(end) { end += 1 }
                emit(i, end)
                i = end
            case 0x2F where i + 1 < n && b[i + 1] == 0x2A:  // `/*`
                var start = i
                i += 2
                while i < n {
                    if b[i] == 0x2A, i + 1 < n, b[i + 1] == 0x2F {
                        i += 2
                        break
                    }
                    if isBreak(i) {
                        emit(start, i)
                        start = i + 1
                    }
                    i += 1
                }
                emit(start, min(i, n))
            case 0x22:  // `"`
                if i + 2 < n, b[i + 1] == 0x22, b[i + 2] == 0x22 {
                    i += 3
                    skipString(quote: 0x22, multiline: true, hashes: 0)
                } else {
                    i += 1
                    skipString(quote: 0x22, multiline: false, hashes: 0)
                }
            case 0x23:  // `#"…"#`: a Swift raw string
                var j = i, hashes = 0
                while j < n, b[j] == 0x23 { j += 1; hashes += 1 }
                guard j < n, b[j] == 0x22 else { i = j; continue }
                if j + 2 < n, b[j + 1] == 0x22, b[j + 2] == 0x22 {
                    i = j + 3
                    skipString(quote: 0x22, multiline: true, hashes: hashes)
                } else {
                    i = j + 1
                    skipString(quote: 0x22, multiline: false, hashes: hashes)
                }
            case 0x27:  // `'…'`: a C character literal
                i += 1
                skipString(quote: 0x27, multiline: false, hashes: 0)
            default:
                i += 1
            }
        }
        return comments
    }
}
