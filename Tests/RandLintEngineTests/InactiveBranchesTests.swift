import Foundation
import RandLintCore
@testable import RandLintEngine
import RandLintTestSupport
import XCTest

/// C calls in `#if` branches the flags leave out are not analyzed: one note per run says how
/// many, where, and which `-D` brings them in; defining it analyzes them.
final class InactiveBranchesTests: XCTestCase {
    var folder: ScratchFolder!

    override func setUpWithError() throws {
        folder = try ScratchFolder("inactive")
        try folder.write("sim.c", """
            #include <stdlib.h>
            int step(int n) {
            #ifdef USE_FIXED_SEED
                srand(42);
            #endif
            #if defined(LEGACY) && LEGACY > 1
                return rand() % n;
            #elif !defined(NO_RANDOM)
                return n;
            #endif
            }
            """)
        try folder.write("other.c", """
            #include <stdlib.h>
            #ifndef HAVE_ARC4RANDOM
            int roll(void) { return rand(); }
            #else
            int roll(void) { return (int)arc4random_uniform(6); }
            #endif
            """)
    }

    override func tearDown() { folder.remove() }

    func lint(_ flags: [String] = []) throws -> LintReport {
        var options = LintOptions()
        options.paths = [folder.path]
        options.root = folder.path
        options.cFlags = flags
        return try Linter(options: options).lint()
    }

    func testOneNoteNamesTheCallsAndTheFlags() throws {
        let report = try lint()
        XCTAssertEqual(report.notes, [
            "3 catalog call(s) in 2 file(s) are in preprocessor branches these flags leave out, so they were not analyzed "
                + "(other.c:5 arc4random_uniform(…), sim.c:4 srand(…), sim.c:7 rand(…)); to analyze them, define --c-flag -DLEGACY --c-flag -DUSE_FIXED_SEED "
                + "(some need other flags than these)",
        ])
        XCTAssertEqual(report.filesPartiallyParsed, 0)
        XCTAssertEqual(report.findings.map { "\($0.path):\($0.range.start.line) \($0.ruleID)" }, ["other.c:3 hidden-global-rng"])
    }

    func testDefiningTheMacroAnalyzesTheBranch() throws {
        let report = try lint(["-DUSE_FIXED_SEED", "-DLEGACY=2", "-DHAVE_ARC4RANDOM"])
        XCTAssertTrue(report.findings.contains { $0.path == "sim.c" && $0.range.start.line == 4 && $0.ruleID == "global-seed" })
        XCTAssertTrue(report.findings.contains { $0.path == "sim.c" && $0.range.start.line == 7 && $0.ruleID == "modulo-bias" })
        // `#ifndef HAVE_ARC4RANDOM` is now the inactive branch: no single -D turns it on.
        XCTAssertEqual(report.notes, [
            "1 catalog call(s) in 1 file(s) are in preprocessor branches these flags leave out, so they were not analyzed "
                + "(other.c:3 rand(…)); they need other flags than these",
        ])
    }
}
