import Foundation
import RandLintCore
@testable import RandLintReporters
import XCTest

final class SARIFReporterTests: XCTestCase {
    func sarif(_ report: LintReport) -> String { Reporters.render(report, as: .sarif, options: Samples.options) }

    func parse(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func run(_ log: [String: Any]) throws -> [String: Any] {
        let runs = try XCTUnwrap(log["runs"] as? [[String: Any]])
        XCTAssertEqual(runs.count, 1)
        return runs[0]
    }

    func results(_ run: [String: Any]) throws -> [[String: Any]] { try XCTUnwrap(run["results"] as? [[String: Any]]) }

    func region(_ result: [String: Any], related: Bool = false) throws -> [String: Int] {
        let location: [String: Any]
        if related {
            location = try XCTUnwrap((result["relatedLocations"] as? [[String: Any]])?.first)
        } else {
            location = try XCTUnwrap((result["locations"] as? [[String: Any]])?.first)
        }
        let physical = try XCTUnwrap(location["physicalLocation"] as? [String: Any])
        return try XCTUnwrap(physical["region"] as? [String: Int])
    }

    func testShape() throws {
        let log = try parse(sarif(Samples.report(problems: [.init(path: "Sources/Broken.swift", message: "file is not valid UTF-8")])))
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        XCTAssertEqual(log["$schema"] as? String, "https://json.schemastore.org/sarif-2.1.0.json")
        let run = try run(log)
        XCTAssertEqual(run["columnKind"] as? String, "utf16CodeUnits")
        let base = try XCTUnwrap((run["originalUriBaseIds"] as? [String: Any])?["%SRCROOT%"] as? [String: Any])
        XCTAssertEqual(base["uri"] as? String, "file:///home/user/my%20project/")

        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "randlint")
        XCTAssertEqual(driver["semanticVersion"] as? String, "0.1.0")
        XCTAssertNotNil(driver["informationUri"] as? String)
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.map { $0["id"] as? String }, ["global-seed", "key-reuse"])
        XCTAssertEqual(rules.map { $0["name"] as? String }, ["GlobalSeed", "KeyReuse"])
        let keyReuse = rules[1]
        XCTAssertEqual((keyReuse["shortDescription"] as? [String: String])?["text"], Samples.keyReuse.summary)
        XCTAssertEqual((keyReuse["fullDescription"] as? [String: String])?["text"], Samples.keyReuse.rationale)
        let help = try XCTUnwrap(keyReuse["help"] as? [String: String])
        XCTAssertTrue(help["text"]!.contains("Swift: split first: let (k1, k2) = key.split()"), help["text"]!)
        XCTAssertTrue(help["text"]!.contains("C: split first: rk_split(key, sub, 2)"))
        XCTAssertTrue(help["markdown"]!.contains("```swift\nfunc f(key: RandomKey) {\n    _ = key.uniform()\n    _ = key.uniform()\n}\n```"),
                      "examples are shown, without their expect marks: \(help["markdown"]!)")
        XCTAssertEqual(keyReuse["helpUri"] as? String, "https://github.com/randlint/randlint#key-reuse")
        XCTAssertEqual((keyReuse["defaultConfiguration"] as? [String: String])?["level"], "error")
        let properties = try XCTUnwrap(keyReuse["properties"] as? [String: Any])
        XCTAssertEqual(properties["precision"] as? String, "high")
        XCTAssertEqual(properties["problem.severity"] as? String, "error")
        XCTAssertEqual(properties["tags"] as? [String], ["randomness", "reproducibility"])

        let results = try results(run)
        XCTAssertEqual(results.map { $0["ruleId"] as? String }, ["key-reuse", "global-seed"])
        XCTAssertEqual(results.map { $0["ruleIndex"] as? Int }, [1, 0])
        XCTAssertEqual(results.map { $0["level"] as? String }, ["error", "warning"])
        let reuse = results[0]
        XCTAssertEqual((reuse["message"] as? [String: String])?["text"],
                       "'key' was already consumed, so this draw repeats the same numbers (first use at line 2); see [first use of the key](1)")
        let artifact = try XCTUnwrap(((reuse["locations"] as? [[String: Any]])?[0]["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: String])
        XCTAssertEqual(artifact, ["uri": "Sources/Sim.swift", "uriBaseId": "%SRCROOT%"])
        XCTAssertEqual(try region(reuse), ["startLine": 3, "startColumn": 10, "endLine": 3, "endColumn": 23])
        let related = try XCTUnwrap(reuse["relatedLocations"] as? [[String: Any]])
        XCTAssertEqual(related.count, 1)
        XCTAssertEqual(related[0]["id"] as? Int, 1)
        XCTAssertEqual((related[0]["message"] as? [String: String])?["text"], "first use of the key")
        XCTAssertEqual(try region(reuse, related: true), ["startLine": 2, "startColumn": 10, "endLine": 2, "endColumn": 23])
        let fingerprint = try XCTUnwrap((reuse["partialFingerprints"] as? [String: String])?["randlint/v1"])
        XCTAssertEqual(fingerprint.count, 16)
        XCTAssertNil(results[1]["relatedLocations"])

        let invocation = try XCTUnwrap((run["invocations"] as? [[String: Any]])?.first)
        XCTAssertEqual(invocation["executionSuccessful"] as? Bool, false, "a file that could not be analyzed fails the run")
        let notifications = try XCTUnwrap(invocation["toolExecutionNotifications"] as? [[String: Any]])
        XCTAssertEqual(notifications.count, 1)
        XCTAssertEqual(notifications[0]["level"] as? String, "error")
        XCTAssertEqual((notifications[0]["message"] as? [String: String])?["text"], "Sources/Broken.swift was not analyzed: file is not valid UTF-8")
    }

    func testSkippedFilesAreWarningsAndTheRunSucceeds() throws {
        var report = Samples.report(findings: [])
        report.skipped = [.init(path: "lib/a.c", message: "C analysis needs libclang, which could not be loaded (allowed by c.required: false)")]
        report.filesNotAnalyzed = 1
        report.filesPartiallyParsed = 2
        let invocation = try XCTUnwrap((try run(parse(sarif(report)))["invocations"] as? [[String: Any]])?.first)
        XCTAssertEqual(invocation["executionSuccessful"] as? Bool, true)
        let notifications = try XCTUnwrap(invocation["toolExecutionNotifications"] as? [[String: Any]])
        XCTAssertEqual(notifications.count, 1)
        XCTAssertEqual(notifications[0]["level"] as? String, "warning")
        let location = try XCTUnwrap((notifications[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        XCTAssertEqual((location["artifactLocation"] as? [String: Any])?["uri"] as? String, "lib/a.c")
        let properties = try XCTUnwrap(invocation["properties"] as? [String: Int])
        XCTAssertEqual(properties, ["filesAnalyzed": 14, "filesNotAnalyzed": 1, "filesPartiallyParsed": 2])
    }

    func testSecurityRuleProperties() throws {
        var rule = Samples.globalSeed
        rule.metadata = RuleMetadata(tags: ["security"], cwe: [338], precision: "medium", securitySeverity: "7.5")
        var report = Samples.report(findings: [])
        report.rules = [rule]
        let driver = try XCTUnwrap((try run(parse(sarif(report)))["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let properties = try XCTUnwrap((driver["rules"] as? [[String: Any]])?.first?["properties"] as? [String: Any])
        XCTAssertEqual(properties["security-severity"] as? String, "7.5")
        XCTAssertEqual(properties["tags"] as? [String], ["security", "external/cwe/cwe-338"])
        XCTAssertEqual(properties["precision"] as? String, "medium")
        XCTAssertNil(properties["problem.severity"])
    }

    /// Byte columns become UTF-16 columns: `é` is 2 bytes / 1 unit, `😀` 4 bytes / 2 units.
    func testUTF16Columns() throws {
        let line1 = "let s = \"é😀\"; srand(1)"
        let line2 = "/* 😀 */ let t = \"é\"; f(x,"
        let line3 = "  é)"
        let source = line1 + "\n" + line2 + "\n" + line3 + "\n"
        let start1 = line1.utf8.count - 7                      // "srand(1)" starts here (1-based)
        XCTAssertEqual(start1, 19)
        let f1 = Finding(ruleID: "global-seed", level: .warning, path: "u.swift", range: Samples.range(1, start1, 1, start1 + 8), message: "a", help: "")
        let start2 = line2.utf8.count - 3                      // "f(x," .. ends after "é)"
        let f2 = Finding(ruleID: "global-seed", level: .warning, path: "u.swift", range: Samples.range(2, start2, 3, 6), message: "b", help: "")
        let results = try results(run(parse(sarif(Samples.report(findings: [f1, f2], sources: ["u.swift": source])))))
        // 9 ASCII + é (1) + 😀 (2) + 3 ASCII = 15 units before srand.
        XCTAssertEqual(try region(results[0]), ["startLine": 1, "startColumn": 16, "endLine": 1, "endColumn": 24])
        // line 2: "/* " 3 + 😀 2 + " */ let t = \"" 13 + é 1 + "\"; " 3 = 22 units before f(;
        // line 3: "  é)" is 5 bytes, 4 units; the end column after ")" is byte 6 → unit 5.
        XCTAssertEqual(try region(results[1]), ["startLine": 2, "startColumn": 23, "endLine": 3, "endColumn": 5])
        XCTAssertEqual(Columns.utf16(byteColumn: 1, in: Array("😀".utf8)[...]), 1)
        XCTAssertEqual(Columns.utf16(byteColumn: 5, in: Array("😀x".utf8)[...]), 3)
        XCTAssertEqual(Columns.utf16(byteColumn: 7, in: Array("😀x".utf8)[...]), 5, "past the end counts one unit per byte")
        XCTAssertEqual(Columns.utf16(byteColumn: 9, in: nil), 9, "no source: byte column unchanged")
    }

    /// Moving code (a blank line inserted above) changes line numbers but not fingerprints;
    /// duplicates on equal lines are told apart by an occurrence counter.
    func testFingerprintsAreStableWhenLinesMove() throws {
        func fingerprints(_ report: LintReport) throws -> [String] {
            try results(run(parse(sarif(report)))).map { try XCTUnwrap(($0["partialFingerprints"] as? [String: String])?["randlint/v1"]) }
        }
        let before = try fingerprints(Samples.report())

        var shifted = Samples.reuseFinding
        shifted.range = Samples.range(4, 10, 4, 23)
        shifted.message = "'key' was already consumed, so this draw repeats the same numbers (first use at line 3)"
        shifted.related = [Finding.Related(range: Samples.range(3, 10, 3, 23), message: "first use of the key")]
        var seed = Samples.seedFinding
        seed.range = Samples.range(4, 1, 4, 10)
        let after = try fingerprints(Samples.report(findings: [seed, shifted], sources: [
            "Sources/main.swift": "\n" + Samples.mainSource, "Sources/Sim.swift": "\n" + Samples.simSource,
        ]))
        XCTAssertEqual(before, after)

        // Re-indenting the line does not change it either; changing the code does.
        let reindented = Samples.report(sources: ["Sources/main.swift": "import Glibc\n\n    srand(42)  \n", "Sources/Sim.swift": Samples.simSource])
        XCTAssertEqual(try fingerprints(reindented), before)
        let edited = Samples.report(sources: ["Sources/main.swift": "import Glibc\n\nsrand(43)\n", "Sources/Sim.swift": Samples.simSource])
        XCTAssertNotEqual(try fingerprints(edited)[1], before[1])

        // Two equal findings on equal lines get different fingerprints, stable under a shift.
        let dupSource = "srand(42)\nsrand(42)\n"
        func dup(_ offset: Int) -> [Finding] {
            [1, 2].map { line in
                Finding(ruleID: "global-seed", level: .warning, path: "d.swift", range: Samples.range(line + offset, 1, line + offset, 10), message: "m", help: "")
            }
        }
        let d1 = try fingerprints(Samples.report(findings: dup(0), sources: ["d.swift": dupSource]))
        let d2 = try fingerprints(Samples.report(findings: dup(2), sources: ["d.swift": "\n\n" + dupSource]))
        XCTAssertNotEqual(d1[0], d1[1])
        XCTAssertEqual(d1, d2)
        XCTAssertEqual(Reporters.fingerprints(of: dup(0), sources: ["d.swift": dupSource]), d1)
    }

    func testPathsArePercentEncoded() throws {
        var finding = Samples.seedFinding
        finding.path = "My Dir/ä#1.swift"
        let text = sarif(Samples.report(findings: [finding], sources: ["My Dir/ä#1.swift": Samples.mainSource]))
        let result = try XCTUnwrap(try results(run(parse(text))).first)
        let artifact = ((result["locations"] as? [[String: Any]])?[0]["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: String]
        XCTAssertEqual(artifact?["uri"], "My%20Dir/%C3%A4%231.swift")
        let validation = try Repo.validateSARIF(text)
        XCTAssertEqual(validation.status, 0, validation.output)
    }

    func testUnknownRuleHasNoRuleIndex() throws {
        let finding = Finding(ruleID: "unused-suppression", level: .warning, path: "Sources/main.swift", range: Samples.range(1, 1, 1, 2), message: "m", help: "")
        let result = try XCTUnwrap(try results(run(parse(sarif(Samples.report(findings: [finding]))))).first)
        XCTAssertEqual(result["ruleId"] as? String, "unused-suppression")
        XCTAssertNil(result["ruleIndex"])
    }

    func testDeterministicBytes() {
        var shuffled = Samples.report(elapsed: 7)
        shuffled.findings.reverse()
        shuffled.rules.reverse()
        XCTAssertEqual(sarif(Samples.report()), sarif(shuffled))
    }

    func testResultsAreCappedForCodeScanning() throws {
        let count = Reporters.sarifResultLimit + 2
        let findings = (1...count).map { line in
            Finding(ruleID: "global-seed", level: .warning, path: "big.swift", range: Samples.range(line, 1, line, 2), message: "m", help: "")
        }
        let run = try run(parse(sarif(Samples.report(findings: findings, sources: [:]))))
        XCTAssertEqual(try results(run).count, Reporters.sarifResultLimit)
        let notifications = (run["invocations"] as? [[String: Any]])?.first?["toolExecutionNotifications"] as? [[String: Any]]
        let texts = notifications?.compactMap { ($0["message"] as? [String: String])?["text"] } ?? []
        XCTAssertTrue(texts.contains { $0.hasPrefix("2 of \(count) results were left out") }, "\(texts)")
    }

    // MARK: schema validation (python3 Tests/sarif/validate.py; a missing jsonschema or
    // rfc3986-validator fails these tests, it does not skip them)

    func testValidAgainstTheSARIFSchema() throws {
        let report = Samples.report(problems: [.init(path: "Sources/Broken.swift", message: "file is not valid UTF-8")], notes: ["a note"])
        let validation = try Repo.validateSARIF(sarif(report))
        XCTAssertNotEqual(validation.status, 3, "the validator's dependencies are missing (pip install 'jsonschema[format-nongpl]'):\n\(validation.output)")
        XCTAssertEqual(validation.status, 0, validation.output)
        XCTAssertTrue(validation.output.contains(": 0 error(s)"), validation.output)
    }

    /// A fix is a SARIF `fixes` entry: one artifact change with a replacement per edit, regions
    /// in UTF-16 columns like the result's own, and the whole log still valid.
    func testFixesAreArtifactChangesAndValid() throws {
        let source = "let s = \"π\"; srand(42)\nprint(rand())\n"
        var finding = Samples.seedFinding
        finding.range = Samples.range(1, 15, 1, 24)  // srand(42), after a 2-byte π
        finding.fix = Fix(title: "draw from a key", applicability: .unsafe, edits: [
            Edit(range: Samples.range(1, 15, 1, 24), replacement: ""),
            Edit(range: Samples.range(2, 7, 2, 7), replacement: "key: "),
        ])
        let text = sarif(Samples.report(findings: [finding], sources: ["Sources/main.swift": source]))
        let result = try XCTUnwrap(try results(run(parse(text))).first)
        let fix = try XCTUnwrap((result["fixes"] as? [[String: Any]])?.first)
        XCTAssertEqual((fix["description"] as? [String: Any])?["text"] as? String, "draw from a key")
        XCTAssertEqual((fix["properties"] as? [String: Any])?["applicability"] as? String, "unsafe")
        let change = try XCTUnwrap((fix["artifactChanges"] as? [[String: Any]])?.first)
        XCTAssertEqual((change["artifactLocation"] as? [String: Any])?["uri"] as? String, "Sources/main.swift")
        let replacements = try XCTUnwrap(change["replacements"] as? [[String: Any]])
        XCTAssertEqual(replacements.count, 2)
        XCTAssertEqual(replacements[0]["deletedRegion"] as? [String: Int], ["startLine": 1, "startColumn": 14, "endLine": 1, "endColumn": 23])
        XCTAssertEqual((replacements[0]["insertedContent"] as? [String: Any])?["text"] as? String, "")
        XCTAssertEqual(replacements[1]["deletedRegion"] as? [String: Int], ["startLine": 2, "startColumn": 7, "endLine": 2, "endColumn": 7])
        XCTAssertEqual((replacements[1]["insertedContent"] as? [String: Any])?["text"] as? String, "key: ")
        let validation = try Repo.validateSARIF(text)
        XCTAssertEqual(validation.status, 0, validation.output)
    }

    func testValidatorRejectsABrokenLog() throws {
        let good = sarif(Samples.report())
        let badLevel = good.replacingOccurrences(of: "\"level\": \"warning\"", with: "\"level\": \"warn\"")
        XCTAssertNotEqual(badLevel, good)
        let level = try Repo.validateSARIF(badLevel)
        XCTAssertEqual(level.status, 1, level.output)
        XCTAssertTrue(level.output.contains("'warn' is not one of"), level.output)

        // The uri format checker is live: an informationUri with spaces is rejected.
        let badURI = good.replacingOccurrences(of: "\"informationUri\": \"https://github.com/randlint/randlint\"",
                                               with: "\"informationUri\": \"not a uri with spaces\"")
        XCTAssertNotEqual(badURI, good)
        let uri = try Repo.validateSARIF(badURI)
        XCTAssertEqual(uri.status, 1, uri.output)
        XCTAssertTrue(uri.output.contains("is not a 'uri'"), uri.output)
    }
}

final class SARIFValidatorScriptTests: XCTestCase {
    /// Without rfc3986-validator jsonschema silently skips `uri` checks; the script must refuse
    /// (exit 3) rather than pass. Simulated by shadowing the module with one that fails to import.
    func testMissingURICheckerIsAnErrorNotASkip() throws {
        let fake = FileManager.default.temporaryDirectory.appendingPathComponent("randlint-fake-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: fake, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: fake) }
        try Data("raise ImportError('simulated')\n".utf8).write(to: fake.appendingPathComponent("rfc3986_validator.py"))
        let result = try Repo.validateSARIF(Reporters.render(Samples.report(), as: .sarif, options: Samples.options),
                                            environment: ["PYTHONPATH": fake.path])
        XCTAssertEqual(result.status, 3, result.output)
        XCTAssertTrue(result.output.contains("pip install 'jsonschema[format-nongpl]'"), result.output)
    }
}
