import Foundation
import RandLintCore

/// Inline suppressions of one file, read from comments:
/// `// randlint:disable-next-line RULE[, RULE] [-- reason]`, `// randlint:disable-line RULE`,
/// `// randlint:disable RULE` (the whole file), and clang-tidy's `NOLINT(randlint-RULE)` /
/// `NOLINTNEXTLINE(randlint-RULE)` (a bare `NOLINT` silences every rule on the line).
/// The rule list `all` silences every rule.
struct Suppressions {
    private var byLine: [Int: Set<String>] = [:]
    private var fileWide: Set<String> = []

    init(source: String) {
        guard source.contains("randlint:") || source.contains("NOLINT") else { return }
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let comment = line.range(of: "//") ?? line.range(of: "/*") else { continue }
            let text = line[comment.upperBound...]
            let number = index + 1
            if let directive = text.range(of: "randlint:") {
                let rest = text[directive.upperBound...]
                let words = rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
                guard let command = words.first else { continue }
                let rules = Self.ruleList(words.dropFirst())
                switch command {
                case "disable-next-line": byLine[number + 1, default: []].formUnion(rules)
                case "disable-line": byLine[number, default: []].formUnion(rules)
                case "disable": fileWide.formUnion(rules)
                default: break
                }
            }
            if let nolint = text.range(of: "NOLINTNEXTLINE") {
                byLine[number + 1, default: []].formUnion(Self.nolintRules(text[nolint.upperBound...]))
            } else if let nolint = text.range(of: "NOLINT") {
                byLine[number, default: []].formUnion(Self.nolintRules(text[nolint.upperBound...]))
            }
        }
    }

    func suppresses(_ finding: Finding) -> Bool {
        if fileWide.contains(finding.ruleID) || fileWide.contains("all") { return true }
        guard let rules = byLine[finding.range.start.line] else { return false }
        return rules.contains(finding.ruleID) || rules.contains("all")
    }

    private static func ruleList(_ words: ArraySlice<String>) -> Set<String> {
        var rules = Set<String>()
        for word in words {
            if word == "--" || word.hasPrefix("*/") { break }
            for id in word.split(separator: ",") where !id.isEmpty { rules.insert(String(id)) }
        }
        return rules
    }

    private static func nolintRules(_ rest: Substring) -> Set<String> {
        guard rest.first == "(", let close = rest.firstIndex(of: ")") else { return ["all"] }
        var rules = Set<String>()
        for check in rest[rest.index(after: rest.startIndex)..<close].split(separator: ",") {
            let name = check.trimmingCharacters(in: .whitespaces)
            if name == "randlint-*" { rules.insert("all") }
            else if name.hasPrefix("randlint-") { rules.insert(String(name.dropFirst("randlint-".count))) }
        }
        return rules
    }
}
