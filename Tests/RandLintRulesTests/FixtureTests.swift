import Foundation
import RandLintCore
import RandLintEngine
import RandLintRules
import RandLintTestSupport
import XCTest

/// Runs every rule over every fixture under `Fixtures/`, strictly both ways: a missing or an
/// extra finding fails, naming file and line.
final class FixtureTests: XCTestCase {
    static let minimumFixtures: [Language: Int] = [.swift: 12, .c: 10]

    /// The fixture files (with the `.fixed.` halves of fix pairs when asked).
    static func fixtureFiles(includingFixed: Bool = false) throws -> [String] {
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(atPath: RepoPaths.fixtures.path))
        return enumerator.compactMap { $0 as? String }
            .filter { ($0.hasSuffix(".swift") || $0.hasSuffix(".c")) && (includingFixed || !$0.contains(".fixed.")) }
            .sorted()
    }

    func fixtureFiles() throws -> [String] { try Self.fixtureFiles() }

    /// The linter a fixture runs under: the default rules, plus an opt-in rule for the fixtures
    /// in its own folder (`unused-suppression/`).
    static func linter(for file: String) throws -> Linter {
        var options = LintOptions()
        if let rule = allRules.first(where: { !$0.enabledByDefault && file.hasPrefix($0.id + "/") }) { options.enable = [rule.id] }
        return try Linter(options: options)
    }

    /// Fixed halves of fix pairs are fixtures too: their marks say which findings the fixes leave.
    func testEveryFixtureMatchesItsMarks() throws {
        let files = try Self.fixtureFiles(includingFixed: true)
        XCTAssertFalse(files.isEmpty, "no fixtures found under \(RepoPaths.fixtures.path)")
        var problems: [String] = []
        for file in files {
            let source = try String(contentsOf: RepoPaths.fixtures.appendingPathComponent(file), encoding: .utf8)
            let findings = try Self.linter(for: file).lint(path: "Fixtures/" + file, source: source)
            problems += ExpectMarks(source: source).mismatches(findings, path: "Fixtures/" + file)
        }
        XCTAssertEqual(problems, [], "\n" + problems.joined(separator: "\n"))
    }

    /// Fixtures run with the default options, so they exercise the default rules; an opt-in rule
    /// (`unused-suppression`, which reads comments rather than the program model) never fires
    /// here and is tested by its own examples (RuleExamplesTests enables it) and the engine tests.
    func testEveryRuleHasEnoughFixturesPerLanguage() throws {
        let files = try fixtureFiles()
        for rule in allRules where rule.enabledByDefault {
            for language in rule.languages {
                let own = files.filter { $0.hasPrefix(rule.id + "/") && Language(path: $0) == language }
                XCTAssertGreaterThanOrEqual(own.count, Self.minimumFixtures[language]!, "\(rule.id) has \(own.count) \(language) fixtures")
                var marked = 0
                for file in own {
                    let source = try String(contentsOf: RepoPaths.fixtures.appendingPathComponent(file), encoding: .utf8)
                    if ExpectMarks(source: source).marks.contains(where: { $0.rule == rule.id }) { marked += 1 }
                }
                XCTAssertGreaterThan(marked, 0, "\(rule.id): no \(language) fixture expects a finding")
                XCTAssertGreaterThanOrEqual(own.count - marked, own.count / 2, "\(rule.id): at least half the \(language) fixtures should be non-findings")
            }
        }
    }
}
