import Foundation
import RandLintCore
@testable import RandLintEngine
import RandLintTestSupport
import XCTest

/// Code the parser gave up on is never skipped silently: each catalog call it dropped is a note
/// (text summary, JSON `notes`, SARIF notifications) naming the file and line.
final class DroppedCallsTests: XCTestCase {
    var folder: ScratchFolder!

    override func setUpWithError() throws { folder = try ScratchFolder("dropped") }
    override func tearDown() { folder.remove() }

    func lint() throws -> LintReport {
        var options = LintOptions()
        options.paths = [folder.path]
        options.root = folder.path
        return try Linter(options: options).lint()
    }

    func testSwiftNestingLimitIsANote() throws {
        let depth = 5_000
        let source = "import Glibc\nfunc f() {\n" + String(repeating: "if true {\n", count: depth) + "srand48(1)\n"
            + String(repeating: "}\n", count: depth) + "}\nfunc g() { srand48(2) }\n"
        try folder.write("deep.swift", source)
        let report = try lint()
        // swift-syntax stops at its nesting limit and leaves the rest of the file unparsed: both calls are notes.
        XCTAssertEqual(report.notes, ["deep.swift:\(depth + 3): srand48(…) is in code the parser could not read, so it was not analyzed",
                                      "deep.swift:\(2 * depth + 5): srand48(…) is in code the parser could not read, so it was not analyzed"])
        XCTAssertEqual(report.findings.count, 0)
    }

    func testCCodeDroppedByClangIsANoteButCommentsAreNot() throws {
        try folder.write("drop.c", """
            #include <stdlib.h>
            int main(void) {
                mystery_t m = make_mystery();
                for (int i = 0; i < m.count; i++) {
                    srand(i);
                }
                /* srand(3) only in a comment */
                return rand() + (int)"srand(4)"[0];
            }
            struct source { int (*rand)(void); };
            int through_member(struct source *s) { return s->rand(); }
            #ifdef NEVER_DEFINED
            void inactive(void) { srand(9); }
            #endif
            """)
        let report = try lint()
        XCTAssertEqual(report.notes, ["drop.c:5: srand(…) is in code the parser could not read, so it was not analyzed",
                                      // the inactive branch is not a dropped call: it has a note of its own (InactiveBranchesTests)
                                      "1 catalog call(s) in 1 file(s) are in preprocessor branches these flags leave out, so they were not analyzed (drop.c:13 srand(…)); to analyze them, define --c-flag -DNEVER_DEFINED"])
        XCTAssertEqual(report.filesPartiallyParsed, 1)
        XCTAssertEqual(report.findings.map { "\($0.range.start.line) \($0.ruleID)" }, ["8 hidden-global-rng"])
    }

    func testAFileWithoutParseErrorsHasNoNotes() throws {
        try folder.write("fine.swift", "import Glibc\nfunc f() {\n    // srand(1) in a comment\n    srand48(2)\n}\n")
        XCTAssertEqual(try lint().notes, [])
    }

    func testANonASCIINameEndingInACatalogNameIsNotItsCall() throws {
        // Every scanner takes `ärand` whole, as the parser does: not a dropped call of `rand`.
        try folder.write("names.swift", "import Glibc\nfunc ärand() -> Int32 { 4 }\nfunc f() {\n    let x = (\n    _ = ärand()\n    srand48(1)\n}\n")
        let report = try lint()
        XCTAssertFalse(report.notes.contains { $0.contains("rand(…)") && !$0.contains("srand48") }, "\(report.notes)")
    }
}
