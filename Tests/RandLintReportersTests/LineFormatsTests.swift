import RandLintCore
@testable import RandLintReporters
import XCTest

final class GCCReporterTests: XCTestCase {
    func testGCCOutputExactly() {
        let report = Samples.report(problems: [.init(path: "Sources/Broken.swift", message: "file is not valid UTF-8")],
                                    notes: ["not printed in gcc format"])
        XCTAssertEqual(Reporters.render(report, as: .gcc, options: Samples.options), """
        Sources/Sim.swift:3:10: error: 'key' was already consumed, so this draw repeats the same numbers (first use at line 2) [key-reuse]
        Sources/Sim.swift:2:10: note: first use of the key [key-reuse]
        Sources/main.swift:3:1: warning: srand(42) seeds the process-wide generator, so any other caller of rand() changes this stream [global-seed]
        Sources/Broken.swift: error: file is not valid UTF-8

        """)
    }

    func testNothingToSayIsEmpty() {
        XCTAssertEqual(Reporters.render(Samples.report(findings: []), as: .gcc, options: Samples.options), "")
    }
}

final class GitHubReporterTests: XCTestCase {
    func testGitHubOutputExactly() {
        let report = Samples.report(problems: [.init(path: "Sources/Broken.swift", message: "file is not valid UTF-8")])
        XCTAssertEqual(Reporters.render(report, as: .github, options: Samples.options), """
        ::error file=Sources/Sim.swift,line=3,endLine=3,col=10,endColumn=23,title=randlint (key-reuse)::'key' was already consumed, so this draw repeats the same numbers (first use at line 2)%0Ahelp: split first: let (k1, k2) = key.split()
        ::warning file=Sources/main.swift,line=3,endLine=3,col=1,endColumn=10,title=randlint (global-seed)::srand(42) seeds the process-wide generator, so any other caller of rand() changes this stream%0Ahelp: pass a key instead: let key = RandomKey(seed: 42)
        ::error file=Sources/Broken.swift,title=randlint::file is not valid UTF-8

        """)
    }

    /// INTEGRATIONS §5.4: `%` first, CR and LF everywhere; `:` and `,` also in properties.
    func testEscaping() {
        let finding = Finding(ruleID: "global-seed", level: .error, path: "a,b:c/100%.swift",
                              range: Samples.range(2, 1, 2, 9), message: "50% of runs:\r\nsame, numbers", help: "")
        let out = Reporters.render(Samples.report(findings: [finding], sources: [:]), as: .github, options: Samples.options)
        XCTAssertEqual(out, "::error file=a%2Cb%3Ac/100%25.swift,line=2,endLine=2,col=1,endColumn=9,title=randlint (global-seed)::50%25 of runs:%0D%0Asame, numbers\n")
        XCTAssertEqual(GitHubReporter.escapeData("%0A"), "%250A")
        XCTAssertEqual(GitHubReporter.escapeProperty("x:%,\n"), "x%3A%25%2C%0A")
    }

    func testMultiLineRangeOmitsColumns() {
        let finding = Finding(ruleID: "key-reuse", level: .warning, path: "m.swift", range: Samples.range(1, 5, 2, 11), message: "m", help: "")
        XCTAssertEqual(Reporters.render(Samples.report(findings: [finding]), as: .github, options: Samples.options),
                       "::warning file=m.swift,line=1,endLine=2,title=randlint (key-reuse)::m\n")
    }
}
