import RandLintCore
@testable import RandLintEngine
import XCTest

final class SuppressionsTests: XCTestCase {
    func finding(_ rule: String, line: Int) -> Finding {
        let p = SourcePosition(line: line, column: 1, offset: 0)
        return Finding(ruleID: rule, level: .warning, path: "f.c", range: SourceRange(start: p, end: p), message: "m", help: "h")
    }

    func testEachCommentForm() {
        let s = Suppressions(source: """
            // randlint:disable-next-line global-seed, key-reuse -- seeded on purpose
            srand(1); // line 2
            srand(2); // randlint:disable-line global-seed
            srand(3); // NOLINT(randlint-global-seed)
            // NOLINTNEXTLINE(randlint-key-reuse, bugprone-foo)
            x(); // line 6
            y(); // NOLINT
            z();
            """)
        XCTAssertTrue(s.suppresses(finding("global-seed", line: 2)))
        XCTAssertTrue(s.suppresses(finding("key-reuse", line: 2)))
        XCTAssertFalse(s.suppresses(finding("mid-program-reseed", line: 2)))
        XCTAssertTrue(s.suppresses(finding("global-seed", line: 3)))
        XCTAssertTrue(s.suppresses(finding("global-seed", line: 4)))
        XCTAssertFalse(s.suppresses(finding("mid-program-reseed", line: 4)))
        XCTAssertTrue(s.suppresses(finding("key-reuse", line: 6)))
        XCTAssertFalse(s.suppresses(finding("global-seed", line: 6)))
        XCTAssertTrue(s.suppresses(finding("global-seed", line: 7)))
        XCTAssertFalse(s.suppresses(finding("global-seed", line: 8)))
    }

    func testFileWideDisable() {
        let s = Suppressions(source: "// randlint:disable key-created-inside\nlet k = 1\n")
        XCTAssertTrue(s.suppresses(finding("key-created-inside", line: 9)))
        XCTAssertFalse(s.suppresses(finding("global-seed", line: 9)))
    }

    func testOnlyCommentsCountNotStringLiterals() {
        let s = Suppressions(source: #"""
            let a = "// randlint:disable-line global-seed"; srand(1)
            let b = #"raw "// randlint:disable-line global-seed" "#; srand(2)
            let c = """
                // randlint:disable-next-line global-seed
                """
            srand(3)
            puts("http://example.com"); srand(4); // randlint:disable-line key-reuse
            char q = '"'; srand(5); // randlint:disable-line global-seed
            /* randlint:disable-next-line global-seed */
            srand(6);
            /*
             * randlint:disable-next-line key-reuse
             */
            use(k);
            """#)
        XCTAssertFalse(s.suppresses(finding("global-seed", line: 1)), "a directive inside a string literal is not a directive")
        XCTAssertFalse(s.suppresses(finding("global-seed", line: 2)), "nor inside a raw string")
        XCTAssertFalse(s.suppresses(finding("global-seed", line: 6)), "nor inside a multi-line string")
        XCTAssertTrue(s.suppresses(finding("key-reuse", line: 7)), "a URL in a string does not start a comment")
        XCTAssertTrue(s.suppresses(finding("global-seed", line: 8)), "a quote character literal does not open a string")
        XCTAssertTrue(s.suppresses(finding("global-seed", line: 10)))
        XCTAssertTrue(s.suppresses(finding("key-reuse", line: 13)), "in a block comment, the line after the directive's own line")
        XCTAssertEqual(s.directives.count, 4)
    }

    func testDirectivesRecordWhatTheySilenced() {
        let s = Suppressions(source: """
            srand(1); // randlint:disable-line global-seed, key-reuse -- reason
            // randlint:disable mid-program-reseed
            x(); // NOLINT
            """)
        let (kept, used) = s.apply([finding("global-seed", line: 1), finding("key-reuse", line: 2), finding("mid-program-reseed", line: 3)])
        XCTAssertEqual(kept.map(\.ruleID), ["key-reuse"])
        XCTAssertEqual(used, [.init(directive: 0, rule: "global-seed"), .init(directive: 1, rule: "mid-program-reseed"), .init(directive: 2, rule: "all")])
        let unused = s.unused(used: used, running: ["global-seed", "key-reuse", "mid-program-reseed"], known: ["global-seed", "key-reuse", "mid-program-reseed"],
                              rule: .unusedSuppression, path: "f.c", language: .c)
        XCTAssertEqual(unused.map(\.message), ["this disable comment silences no key-reuse finding on line 1, but would hide a future one there"],
                       "a bare NOLINT is clang-tidy's too: never reported")
        XCTAssertEqual(unused.first?.range.start.column, 11, "reported at the comment")
        XCTAssertEqual(s.unused(used: used, running: ["global-seed"], known: ["global-seed", "key-reuse", "mid-program-reseed"],
                                rule: .unusedSuppression, path: "f.c", language: .c), [], "rules that did not run are not judged")
    }
}

/// `unused-suppression` through the engine: opt-in, reported at the comment, after suppression.
final class UnusedSuppressionTests: XCTestCase {
    func linter(enable: [String] = ["unused-suppression"], ignore: [String] = []) throws -> Linter {
        var options = LintOptions()
        options.enable = enable
        options.ignore = ignore
        return try Linter(options: options)
    }

    static let source = """
        import Glibc
        func f() {
            srand(1) // randlint:disable-line global-seed, mid-program-reseed
            srand(2) // randlint:disable-line key-reuse
        }
        // randlint:disable-next-line global-sed
        let x = 1
        """

    func testOffByDefault() throws {
        XCTAssertEqual(try linter(enable: []).lint(path: "a.swift", source: Self.source).filter { $0.ruleID == "unused-suppression" }, [])
    }

    func testReportsUnusedAndUnknownIds() throws {
        let findings = try linter().lint(path: "a.swift", source: Self.source).filter { $0.ruleID == "unused-suppression" }
        XCTAssertEqual(findings.map { "\($0.range.start.line):\($0.range.start.column) \($0.message)" }, [
            "4:14 this disable comment silences no key-reuse finding on line 4, but would hide a future one there",
            "6:1 'global-sed' is not a randlint rule (did you mean 'global-seed'?), so this disable comment silences nothing",
        ])
        XCTAssertEqual(findings.first?.level, .warning)
        // A rule that does not run is not judged; unknown ids still are.
        let ignored = try linter(ignore: ["key-reuse"]).lint(path: "a.swift", source: Self.source).filter { $0.ruleID == "unused-suppression" }
        XCTAssertEqual(ignored.map(\.range.start.line), [6])
    }

    func testItsOwnFindingsCanBeSilenced() throws {
        let source = "// randlint:disable unused-suppression\n" + Self.source
        XCTAssertEqual(try linter().lint(path: "a.swift", source: source).filter { $0.ruleID == "unused-suppression" }, [])
    }

    func testFilesThePrefilterSkipsAreStillChecked() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("randlint-unused-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        try "struct P {}\nlet p = P() // randlint:disable-line key-reuse\n".write(to: scratch.appendingPathComponent("plain.swift"), atomically: true, encoding: .utf8)
        var options = LintOptions()
        options.paths = [scratch.path]
        options.root = scratch.path
        XCTAssertEqual(try Linter(options: options).lint().findings, [])
        options.enable = ["unused-suppression"]
        let report = try Linter(options: options).lint()
        XCTAssertEqual(report.findings.map { "\($0.path):\($0.range.start.line) \($0.ruleID)" }, ["plain.swift:2 unused-suppression"])
        XCTAssertNotNil(report.sources["plain.swift"], "the source is kept for code frames and fingerprints")
    }
}
