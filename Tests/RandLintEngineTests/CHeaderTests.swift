import Foundation
import RandLintCore
@testable import RandLintEngine
import RandLintTestSupport
import XCTest

/// C files and the project headers they include: which files the prefilter sends to libclang
/// (`filesParsed`), and that findings in a header are reported once, wherever they come from.
final class CHeaderTests: XCTestCase {
    var folder: ScratchFolder!

    override func setUpWithError() throws { folder = try ScratchFolder("c-headers") }
    override func tearDown() { folder.remove() }

    func lint(_ paths: [String] = ["."], select: [String]? = nil, flags: [String] = [], jobs: Int = 0) throws -> LintReport {
        var options = LintOptions()
        options.paths = paths.map(folder.path)
        options.root = folder.path
        options.select = select
        options.cFlags = flags
        options.jobs = jobs
        return try Linter(options: options).lint()
    }

    /// `path:line rule` for each finding, in report order.
    func found(_ report: LintReport) -> [String] {
        report.findings.map { "\($0.path):\($0.range.start.line) \($0.ruleID)" }
    }

    func testAMacroThatSeedsMakesOnlyTheFilesUsingItCandidates() throws {
        try folder.write("inc/reseed.h", "#include <stdlib.h>\n#define RESEED() srand(42)\n")
        try folder.write("uses.c", "#include \"inc/reseed.h\"\nvoid f(void) { RESEED(); }\n")
        try folder.write("plain.c", "#include \"inc/reseed.h\"\nint g(void) { return 1; }\n")
        let report = try lint()
        XCTAssertEqual(found(report), ["uses.c:2 global-seed", "uses.c:2 mid-program-reseed"])
        XCTAssertEqual(report.filesParsed, 2, "uses.c and the header itself; plain.c never names the macro")
    }

    func testMacrosChainAcrossHeadersFoundThroughIncludeFolders() throws {
        try folder.write("inc/a.h", "#include <stdlib.h>\n#define SEED_IT(x) srand(x)\n")
        try folder.write("inc/b.h", "#include <a.h>\n#define RESET() SEED_IT(7)\n")
        try folder.write("src/main.c", "#include <b.h>\nint main(void) {\n  int r = rand();\n  RESET();\n  return r;\n}\n")
        let report = try lint(["src"], flags: ["-I", folder.path("inc")])
        XCTAssertEqual(found(report), ["src/main.c:3 hidden-global-rng", "src/main.c:4 global-seed", "src/main.c:4 mid-program-reseed"])
        XCTAssertEqual(report.filesParsed, 1)
    }

    func testAnInlineFunctionInALintedHeaderIsAnalyzedOnceAndSparesItsIncluders() throws {
        try folder.write("inc/util.h", "#include <stdlib.h>\nstatic inline void reseed(void) { srand(1); }\n")
        try folder.write("a.c", "#include \"inc/util.h\"\nint a(void) { return 1; }\n")
        try folder.write("b.c", "#include \"inc/util.h\"\nint b(void) { return 2; }\n")
        let all = try lint()
        XCTAssertEqual(found(all), ["inc/util.h:2 global-seed", "inc/util.h:2 mid-program-reseed"])
        XCTAssertEqual(all.filesParsed, 1, "the header alone: neither includer can hold a finding")

        // Linting one includer only: the header is not among the run's files, so the includer is
        // parsed to bring the header's findings.
        let one = try lint(["a.c"])
        XCTAssertEqual(found(one), ["inc/util.h:2 global-seed", "inc/util.h:2 mid-program-reseed"])
        XCTAssertEqual(one.filesParsed, 2, "a.c, and the header's model taken from it")

        // Linting every includer but not the header (`randlint *.c`): the first includer in
        // path order brings the header; the others hold nothing and are not parsed.
        try folder.write("c.c", "#include \"inc/util.h\"\nint c(void) { return 3; }\n")
        for jobs in [1, 2, 8] {
            let includers = try lint(["c.c", "b.c", "a.c"], jobs: jobs)
            XCTAssertEqual(found(includers), ["inc/util.h:2 global-seed", "inc/util.h:2 mid-program-reseed"])
            XCTAssertEqual(includers.filesParsed, 2, "a.c and the header's model from it, with \(jobs) jobs")
        }
    }

    func testAHeaderNamingTheKeyTypeMakesItsIncludersCandidates() throws {
        try folder.write("inc/sim.h", "typedef struct { unsigned int words[2]; } rk_key;\nstruct sim { rk_key key; };\n")
        try folder.write("run.c", "#include \"inc/sim.h\"\nint run(struct sim *s) { return s != 0; }\n")
        try folder.write("other.c", "int other(void) { return 0; }\n")
        let report = try lint(["run.c", "other.c"])
        XCTAssertEqual(report.filesParsed, 1)
    }

    func testAnIncludeCycleGivesTheSameAnswerWhateverTheThreadCount() throws {
        try folder.write("a.h", "#ifndef A_H\n#define A_H\n#include \"b.h\"\n#endif\n")
        try folder.write("b.h", "#ifndef B_H\n#define B_H\n#include <stdlib.h>\n#include \"a.h\"\n#define RESEED() srand(3)\n#endif\n")
        for name in ["x", "y", "z"] {
            try folder.write("\(name).c", "#include \"a.h\"\nvoid \(name)(void) { RESEED(); }\n")
        }
        try folder.write("w.c", "#include \"b.h\"\nint w(void) { return 0; }\n")
        let expected = ["x.c:2 global-seed", "x.c:2 mid-program-reseed", "y.c:2 global-seed", "y.c:2 mid-program-reseed",
                        "z.c:2 global-seed", "z.c:2 mid-program-reseed"]
        for jobs in [1, 2, 4] {
            let report = try lint(jobs: jobs)
            XCTAssertEqual(found(report), expected, "jobs \(jobs)")
            XCTAssertEqual(report.filesParsed, 4, "x, y, z and b.h; w.c and a.h cannot hold a finding (jobs \(jobs))")
        }
    }

    func testOnlyCallsTheRunningRulesStartOnMakeAFileACandidate() throws {
        try folder.write("draws.c", "#include <stdlib.h>\nint roll(void) { return rand() % 6; }\n")
        try folder.write("seeds.c", "#include <stdlib.h>\nvoid init(void) { srand(5); }\n")
        let all = try lint()
        XCTAssertEqual(found(all), ["draws.c:2 hidden-global-rng", "draws.c:2 modulo-bias", "seeds.c:2 global-seed", "seeds.c:2 mid-program-reseed"])
        XCTAssertEqual(all.filesParsed, 2, "hidden-global-rng starts at a draw")
        let seeding = try lint(select: ["global-seed", "mid-program-reseed"])
        XCTAssertEqual(found(seeding), ["seeds.c:2 global-seed", "seeds.c:2 mid-program-reseed"])
        XCTAssertEqual(seeding.filesParsed, 1, "no running rule can start a finding at a draw")
        let keys = try lint(select: ["key-reuse"])
        XCTAssertEqual(keys.findings.count, 0)
        XCTAssertEqual(keys.filesParsed, 0, "key-reuse needs a key; neither file names one")
    }

    func testTheDirectiveScanReadsIncludesAndMacroBodies() {
        let text = """
            #include "a.h"
              #  include <sys/b.h>\r
            int x = 1; # include "not-a-directive.h"
            #define ONE srand(1)
            #define TWO(x, y) \\
                srandom((x) + (y))
            #define
            #import "c.h"
            """
        let bytes = Array(text.utf8)
        let directives = bytes.withUnsafeBufferPointer { CDirectives($0) }
        XCTAssertEqual(directives.includes, [.init(name: "a.h", angled: false), .init(name: "sys/b.h", angled: true), .init(name: "c.h", angled: false)])
        XCTAssertEqual(directives.macros.map(\.name), ["ONE", "TWO"])
        let bodies = directives.macros.map { String(decoding: bytes[$0.body], as: UTF8.self) }
        XCTAssertEqual(bodies, [" srand(1)", " \\\n    srandom((x) + (y))"])
    }

    /// Random bytes built from directive fragments: the scan never reads out of bounds, and what
    /// it reports lies inside the text.
    func testTheDirectiveScanStaysInBoundsOnArbitraryText() {
        let pieces = ["#", "#define", "#include", " ", "\t", "\n", "\r\n", "\\\n", "\"", "<", ">", "(", ")", "X", "srand", "/*", "*/", "\u{0}"]
        var generator = SplitMix64(seed: 2026) // fixed: a failure reproduces
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            let directives = bytes.withUnsafeBufferPointer { CDirectives($0) }
            for macro in directives.macros {
                XCTAssertTrue(macro.body.lowerBound >= 0 && macro.body.upperBound <= bytes.count, text.debugDescription)
                XCTAssertFalse(macro.name.isEmpty, text.debugDescription)
            }
            for include in directives.includes { XCTAssertFalse(include.name.contains("\n"), text.debugDescription) }
        }
    }
}

/// A small seeded generator, so the scan test sees the same texts on every run.
private struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
