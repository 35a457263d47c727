import Foundation
import RandLintCore
@testable import RandLintEngine
import RandLintReporters
import XCTest

/// `--write-baseline` / `--baseline`: matching never uses line numbers.
final class BaselineTests: XCTestCase {
    var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("randlint-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    func write(_ path: String, _ text: String) throws {
        try text.write(to: scratch.appendingPathComponent(path), atomically: true, encoding: .utf8)
    }

    func lint(baseline: String? = nil) throws -> LintReport {
        var options = LintOptions()
        options.paths = [scratch.path]
        options.root = scratch.path
        options.baseline = baseline
        return try Linter(options: options).lint()
    }

    var baselinePath: String { scratch.appendingPathComponent("baseline.json").path }

    func record() throws {
        let report = try lint()
        try Baseline(findings: report.findings, sources: report.sources).write(to: baselinePath)
    }

    static let code = """
        import RandomKeys
        func noise(key: RandomKey) -> Double {
            let a = key.uniform()
            return a + key.uniform()
        }
        """

    func testTheFileIsSortedVersionedJSONWithTheSARIFFingerprint() throws {
        try write("a.swift", Self.code)
        try write("b.swift", "import Glibc\nfunc f() { srand(1) }\n")
        try record()
        let text = try String(contentsOfFile: baselinePath, encoding: .utf8)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(json["version"] as? Int, 1)
        let entries = try XCTUnwrap(json["findings"] as? [[String: String]])
        XCTAssertEqual(entries.map { $0["path"]! + " " + $0["rule"]! }, ["a.swift key-reuse", "b.swift global-seed", "b.swift mid-program-reseed"])
        XCTAssertEqual(entries[0]["line_text"], "return a + key.uniform()")
        XCTAssertEqual(Set(entries[0].keys), ["path", "rule", "fingerprint", "line_text", "message"])
        let report = try lint()
        XCTAssertEqual(entries.map { $0["fingerprint"]! }, Reporters.fingerprints(of: report.findings, sources: report.sources),
                       "one fingerprint function for the baseline and SARIF")
        XCTAssertTrue(text.hasSuffix("}\n"))
        // Writing twice gives the same bytes.
        try record()
        XCTAssertEqual(try String(contentsOfFile: baselinePath, encoding: .utf8), text)
    }

    func testMovedCodeStaysHiddenChangedCodeShows() throws {
        try write("a.swift", Self.code)
        try record()
        XCTAssertEqual(try lint(baseline: baselinePath).findings, [])
        XCTAssertEqual(try lint(baseline: baselinePath).notes, ["1 finding(s) hidden by the baseline \(baselinePath)"])
        // Insert lines above: the finding moves, the baseline still hides it.
        try write("a.swift", "// a header\n\n// added later\n" + Self.code.replacingOccurrences(of: "    let a", with: "    // explain\n    let a"))
        XCTAssertEqual(try lint().findings.map(\.range.start.line), [8])
        XCTAssertEqual(try lint(baseline: baselinePath).findings, [])
        // Change the finding's line: it is a new finding.
        try write("a.swift", Self.code.replacingOccurrences(of: "return a + key.uniform()", with: "return a * key.uniform()"))
        XCTAssertEqual(try lint(baseline: baselinePath).findings.map(\.ruleID), ["key-reuse"])
    }

    func testANewDuplicateShowsEveryFindingOfThatKey() throws {
        try write("b.swift", "import Glibc\nfunc f() { srand(1) }\n")
        try record()
        try write("b.swift", "import Glibc\nfunc f() { srand(1) }\nfunc g() { 0 }\nfunc f() { srand(1) }\n")
        let report = try lint(baseline: baselinePath)
        XCTAssertEqual(report.findings.map(\.range.start.line), [2, 2, 4, 4], "SwiftLint's rule: more than recorded → all are reported")
        try write("c.swift", "import Glibc\nfunc h() { srand(9) }\n")
        try write("b.swift", "import Glibc\nfunc f() { srand(1) }\n")
        XCTAssertEqual(Set(try lint(baseline: baselinePath).findings.map(\.path)), ["c.swift"], "a new file's findings show")
    }

    func testBadBaselineFilesAreErrors() throws {
        try write("old.json", "{\"version\": 2, \"findings\": []}")
        XCTAssertThrowsError(try lint(baseline: scratch.appendingPathComponent("old.json").path)) { error in
            XCTAssertTrue("\(error)".contains("baseline version 2 is not supported"), "\(error)")
        }
        try write("junk.json", "[1, 2]")
        XCTAssertThrowsError(try lint(baseline: scratch.appendingPathComponent("junk.json").path)) { error in
            XCTAssertTrue("\(error)".contains("not a randlint baseline"), "\(error)")
        }
        XCTAssertThrowsError(try lint(baseline: scratch.appendingPathComponent("none.json").path))
    }

    func testMessagesWithLineNumbersMatchAfterAMove() {
        XCTAssertEqual(Fingerprint.maskLineNumbers("first used on line 12, see line 3"), "first used on line #, see line #")
        let a = Fingerprint.Identity(path: "p", rule: "r", lineText: "  x =  1 ", message: "on line 4")
        let b = Fingerprint.Identity(path: "p", rule: "r", lineText: "x = 1", message: "on line 40")
        XCTAssertEqual(a, b)
    }
}
