import Foundation
import RandLintCore
import RandLintEngine
import RandLintRules
import RandLintTestSupport
import XCTest

/// Fix pairs: `Fixtures/<rule>/<situation>.<ext>` fixed with every fix (`--fix --unsafe-fixes`)
/// must give `<situation>.fixed.<ext>` byte for byte, apart from the `// expect:` marks (the
/// fixed half carries marks for what is left, and its own strict marks test checks them); the
/// fixed half has no finding of the rule, and fixing it again changes nothing.
final class FixFixtureTests: XCTestCase {
    func pairs() throws -> [(original: String, fixed: String)] {
        try FixtureTests.fixtureFiles(includingFixed: true).filter { $0.contains(".fixed.") }.map { fixed in
            (fixed.replacingOccurrences(of: ".fixed.", with: "."), fixed)
        }
    }

    func testEveryFixedFixtureIsWhatFixWrites() throws {
        let pairs = try pairs()
        XCTAssertFalse(pairs.isEmpty)
        var problems: [String] = []
        for (original, fixed) in pairs {
            let rule = String(original.prefix { $0 != "/" })
            let linter = try FixtureTests.linter(for: original)
            let source = try String(contentsOf: RepoPaths.fixtures.appendingPathComponent(original), encoding: .utf8)
            let expected = try String(contentsOf: RepoPaths.fixtures.appendingPathComponent(fixed), encoding: .utf8)
            let result = linter.fixDocument(path: "Fixtures/" + original, source: source, upTo: .unsafe)
            if Self.withoutMarks(result.text) != Self.withoutMarks(expected) {
                problems.append("Fixtures/\(original): --fix --unsafe-fixes writes\n\(result.text)\nbut \(fixed) is\n\(expected)")
            }
            if result.text == source { problems.append("Fixtures/\(original): no fix was applied") }
            let again = linter.fixDocument(path: "Fixtures/" + fixed, source: expected, upTo: .unsafe)
            if again.text != expected { problems.append("Fixtures/\(fixed): fixing it again changes it:\n\(again.text)") }
            for finding in again.findings where finding.ruleID == rule {
                problems.append("Fixtures/\(fixed):\(finding.range.start.line): still has a \(rule) finding: \(finding.message)")
            }
        }
        XCTAssertEqual(problems, [], "\n" + problems.joined(separator: "\n"))
    }

    /// A rule with a fix has a pair in each language its fix applies to; a rule without one has none.
    func testRulesWithFixesHavePairsAndOnlyThey() throws {
        let rulesWithPairs = Set(try pairs().map { String($0.original.prefix { $0 != "/" }) })
        for rule in allRules {
            XCTAssertEqual(rulesWithPairs.contains(rule.id), rule.fix != nil,
                           "\(rule.id): \(rule.fix == nil ? "has .fixed fixtures but no fix description" : "describes a fix but has no .fixed fixture")")
        }
    }

    /// Safe fixes alone (`--fix`) apply only the safe edits of a pair.
    func testSafeFixesLeaveUnsafeOnesAlone() throws {
        for (original, _) in try pairs() {
            let linter = try FixtureTests.linter(for: original)
            let source = try String(contentsOf: RepoPaths.fixtures.appendingPathComponent(original), encoding: .utf8)
            let before = linter.lint(path: "Fixtures/" + original, source: source)
            let result = linter.fixDocument(path: "Fixtures/" + original, source: source, upTo: .safe)
            let unsafeBefore = before.filter { $0.fix?.applicability == .unsafe }.count
            let unsafeAfter = result.findings.filter { $0.fix?.applicability == .unsafe }.count
            XCTAssertEqual(unsafeAfter, unsafeBefore, "\(original): --fix without --unsafe-fixes applied an unsafe fix")
            XCTAssertFalse(result.findings.contains { $0.fix?.applicability == .safe }, "\(original): a safe fix was left")
        }
    }

    /// The text without its `// expect:` marks (as a rule example shows its code).
    static func withoutMarks(_ text: String) -> String { Example(text).displayCode }
}
