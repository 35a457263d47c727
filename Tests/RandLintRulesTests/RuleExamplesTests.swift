import RandLintCore
import RandLintEngine
import RandLintRules
import RandLintTestSupport
import XCTest

/// Every rule's own description examples run as tests (SwiftLint-style): triggering examples
/// give exactly their marked findings, non-triggering ones none, and each triggering example is
/// silent again under a disable comment.
final class RuleExamplesTests: XCTestCase {
    /// Every rule runs, the opt-in ones (`unused-suppression`) too: each rule's examples are its tests.
    let linter: Linter = {
        var options = LintOptions()
        options.enable = allRules.filter { !$0.enabledByDefault }.map(\.id)
        return try! Linter(options: options)
    }()

    func findings(_ example: Example, rule: Rule) -> [Finding] {
        linter.lint(path: example.file, source: example.code).filter { $0.ruleID == rule.id }
    }

    func testEveryRuleDocumentsItself() {
        for rule in allRules {
            XCTAssertFalse(rule.summary.isEmpty, rule.id)
            XCTAssertGreaterThan(rule.rationale.count, 120, "\(rule.id): the rationale should be a paragraph")
            XCTAssertFalse(rule.triggering.isEmpty, "\(rule.id) has no triggering example")
            XCTAssertFalse(rule.nonTriggering.isEmpty, "\(rule.id) has no non-triggering example")
            for (language, help) in rule.help {
                // DESIGN's one exception: secrets come from the system CSPRNG, not RandomKeys.
                let points = rule.id == "insecure-rng-for-secret"
                    ? (language == .swift ? help.contains("SystemRandomNumberGenerator") : help.contains("getrandom"))
                    : language == .swift ? help.contains("RandomKey") || help.contains("key") : help.contains("rk_")
                XCTAssertTrue(points, "\(rule.id): help for \(language) should show the code to write: \(help)")
            }
        }
    }

    func testTriggeringExamplesGiveExactlyTheirMarks() {
        for rule in allRules {
            for example in rule.triggering {
                let marks = ExpectMarks(source: example.code)
                XCTAssertTrue(marks.marks.contains { $0.rule == rule.id }, "\(rule.id): a triggering example has no `// expect: \(rule.id)` mark")
                let problems = marks.mismatches(findings(example, rule: rule), path: "\(rule.id)/\(example.file)", rules: [rule.id])
                XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
            }
        }
    }

    func testNonTriggeringExamplesAreSilent() {
        for rule in allRules {
            for example in rule.nonTriggering {
                let found = findings(example, rule: rule)
                XCTAssertEqual(found, [], "\(rule.id) fired on a non-triggering example: \(found.map(\.message))")
            }
        }
    }

    func testTriggeringExamplesAreSilencedByDisableComments() {
        for rule in allRules {
            for example in rule.triggering {
                XCTAssertEqual(findings(Self.disabled(example, rule.id, nextLine: true), rule: rule), [], "\(rule.id): disable-next-line did not silence")
                XCTAssertEqual(findings(Self.disabled(example, rule.id, nextLine: false), rule: rule), [], "\(rule.id): disable-line did not silence")
            }
        }
    }

    /// The example with a disable comment for `id` on (or above) each marked line.
    static func disabled(_ example: Example, _ id: String, nextLine: Bool) -> Example {
        var lines: [String] = []
        for line in example.code.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.contains("expect:"), line.contains(id) else { lines.append(String(line)); continue }
            let indent = String(line.prefix { $0 == " " })
            if nextLine {
                lines.append("\(indent)// randlint:disable-next-line \(id) -- tested")
                lines.append(String(line))
            } else {
                lines.append(line.replacingOccurrences(of: "// expect:", with: "// randlint:disable-line \(id) -- expect:"))
            }
        }
        return Example(lines.joined(separator: "\n"), file: example.file)
    }
}
