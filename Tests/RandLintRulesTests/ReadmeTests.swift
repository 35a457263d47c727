import Foundation
import RandLintCore
import RandLintRules
import XCTest

/// The README's rule table and per-rule sections are generated from the rules' own
/// descriptions (one source). `UPDATE_README=1 swift test --filter ReadmeTests` rewrites them.
final class ReadmeTests: XCTestCase {
    static let begin = "<!-- rules:begin (generated from Sources/RandLintRules; UPDATE_README=1 swift test --filter ReadmeTests) -->"
    static let end = "<!-- rules:end -->"

    static func render() -> String {
        var lines = ["| rule | default | languages | what goes wrong |", "|---|---|---|---|"]
        for rule in allRules {
            lines.append("| [`\(rule.id)`](#\(rule.id)) | \(Self.defaultLevel(rule)) | \(rule.languages.map(\.rawValue).joined(separator: ", ")) | \(rule.summary) |")
        }
        for rule in allRules {
            lines += ["", "### \(rule.id)", "", "**\(Self.defaultLevel(rule))** — \(rule.summary).", "", rule.rationale, ""]
            let languages = rule.languages.sorted { $0 == .swift && $1 != .swift }
            for language in languages { lines.append("- Instead (\(language.rawValue)): \(rule.help[language]!)") }
            lines.append("- `--fix`: \(rule.fix ?? "no mechanical fix; follow the help.")")
            for language in languages {
                guard let before = rule.triggering.first(where: { $0.language == language }),
                      let after = rule.nonTriggering.first(where: { $0.language == language }) else { continue }
                lines += ["", "Before (`\(before.file)`):", "", "```\(language.rawValue)", before.displayCode, "```", "",
                          "After (`\(after.file)`):", "", "```\(language.rawValue)", after.displayCode, "```"]
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `warning`, `error`, or for an opt-in rule `off (opt-in: warning)`.
    static func defaultLevel(_ rule: Rule) -> String {
        rule.enabledByDefault ? rule.level.rawValue : "off (opt-in: \(rule.level.rawValue))"
    }

    func testReadmeRulesSectionIsUpToDate() throws {
        let url = RepoPaths.root.appendingPathComponent("README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        let start = try XCTUnwrap(readme.range(of: Self.begin), "README.md lacks the rules:begin marker")
        let stop = try XCTUnwrap(readme.range(of: Self.end), "README.md lacks the rules:end marker")
        let expected = "\n" + Self.render() + "\n"
        if ProcessInfo.processInfo.environment["UPDATE_README"] == "1" {
            try (readme[..<start.upperBound] + expected + readme[stop.lowerBound...]).write(to: url, atomically: true, encoding: .utf8)
            return
        }
        XCTAssertEqual(String(readme[start.upperBound..<stop.lowerBound]), expected, "README rules section is stale: UPDATE_README=1 swift test --filter ReadmeTests")
    }
}
