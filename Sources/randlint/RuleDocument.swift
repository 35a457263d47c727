import RandLintCore

/// A rule's description as a plain-text document (`randlint explain`).
struct RuleDocument {
    let rule: Rule

    init(_ rule: Rule) { self.rule = rule }

    var text: String {
        let level = rule.enabledByDefault ? rule.level.rawValue : "off by default; opt-in level \(rule.level.rawValue)"
        var lines = ["\(rule.id) (\(level), \(rule.languages.map(\.rawValue).joined(separator: ", ")))", "", rule.summary, "", "Why", wrap(rule.rationale), "", "What to write instead"]
        for language in rule.languages { lines.append("  \(language.rawValue): \(rule.help[language]!)") }
        lines += ["", "Fix (--fix)", wrap(rule.fix ?? "none: the rewrite needs a decision only the author can make; follow the help above.")]
        if !rule.triggering.isEmpty {
            lines += ["", "Triggers"]
            for example in rule.triggering { lines += block(example) }
        }
        if !rule.nonTriggering.isEmpty {
            lines += ["", "Does not trigger"]
            for example in rule.nonTriggering { lines += block(example) }
        }
        return lines.joined(separator: "\n")
    }

    private func block(_ example: Example) -> [String] {
        ["", "  // \(example.file)"] + example.displayCode.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
    }

    private func wrap(_ text: String, width: Int = 88) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + word.count + 1 > width {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
