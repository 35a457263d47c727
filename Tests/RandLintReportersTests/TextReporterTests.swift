import RandLintCore
@testable import RandLintReporters
import XCTest

final class TextReporterTests: XCTestCase {
    func testTextOutputExactly() {
        let report = Samples.report(problems: [.init(path: "Sources/Broken.swift", message: "file is not valid UTF-8")],
                                    notes: ["C analysis needs libclang-dev"])
        let expected = """
        Sources/Sim.swift:3:10: error[key-reuse]: 'key' was already consumed, so this draw repeats the same numbers (first use at line 2)
            3 | \tlet b = key.uniform()
              | \t        ^~~~~~~~~~~~~
          = help: split first: let (k1, k2) = key.split()
          note: first use of the key: Sources/Sim.swift:2:10

        Sources/main.swift:3:1: warning[global-seed]: srand(42) seeds the process-wide generator, so any other caller of rand() changes this stream
            3 | srand(42)
              | ^~~~~~~~~
          = help: pass a key instead: let key = RandomKey(seed: 42)

        Sources/Broken.swift: error: file is not valid UTF-8
        note: C analysis needs libclang-dev

        2 findings (1 error, 1 warning) in 2 of 14 files analyzed in 0.12s; 1 file could not be analyzed

        """
        XCTAssertEqual(Reporters.render(report, as: .text, options: Samples.options), expected)
    }

    func testSummaryWithoutFindings() {
        let report = Samples.report(findings: [], elapsed: 0.05)
        XCTAssertEqual(Reporters.render(report, as: .text, options: Samples.options),
                       "no findings in 14 files analyzed (0.05s)\n")
    }

    func testSummaryCountsAndPlurals() {
        var report = Samples.report(findings: [Samples.seedFinding])
        report.filesAnalyzed = 1
        XCTAssertEqual(TextReporter(report: report, options: Samples.options).summary(),
                       "1 finding (1 warning) in 1 of 1 file analyzed in 0.12s")
        var second = Samples.seedFinding
        second.range = Samples.range(4, 7, 4, 13)
        report = Samples.report(findings: [Samples.seedFinding, second], elapsed: 2)
        XCTAssertEqual(TextReporter(report: report, options: Samples.options).summary(),
                       "2 findings (2 warnings) in 1 of 14 files analyzed in 2.00s")
    }

    func testColorUsesANSIOnlyWhenAsked() {
        let report = Samples.report(findings: [Samples.reuseFinding])
        let plain = Reporters.render(report, as: .text, options: ReporterOptions(color: false))
        XCTAssertFalse(plain.contains("\u{1B}"))
        let colored = Reporters.render(report, as: .text, options: ReporterOptions(color: true))
        XCTAssertTrue(colored.contains("\u{1B}[1;31merror\u{1B}[0m[key-reuse]: \u{1B}[1m'key' was already consumed"), colored)
        XCTAssertTrue(colored.contains("\u{1B}[1;31m^~~~~~~~~~~~~\u{1B}[0m"), colored)
        // Stripping the escapes gives the plain output back.
        XCTAssertEqual(colored.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression), plain)
    }

    /// The underline is placed by display width, not bytes: `é` is 2 bytes and 1 cell, `😀` 4 bytes
    /// and 2 cells, `漢` 3 bytes and 2 cells, `e` + combining acute 3 bytes and 1 cell.
    func testCaretLinesUpAfterNonASCII() {
        let line = "let s = \"é😀漢e\u{301}\"; srand(1)"
        let start = Array(line.utf8).count - "srand(1)".utf8.count + 1
        XCTAssertEqual(start, 25)
        let finding = Finding(ruleID: "global-seed", level: .warning, path: "a.swift",
                              range: Samples.range(1, start, 1, start + 8), message: "m", help: "")
        let report = Samples.report(findings: [finding], sources: ["a.swift": line + "\n"])
        let lines = Reporters.render(report, as: .text, options: Samples.options).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines[1], "    1 | " + line)
        // cells: `let s = "` 9, é 1, 😀 2, 漢 2, é 1, `"; ` 3
        let pad = String(repeating: " ", count: 9 + 1 + 2 + 2 + 1 + 3)
        XCTAssertEqual(lines[2], "      | " + pad + "^~~~~~~~")
    }

    func testMultiLineRangeUnderlinesToEndOfFirstLine() {
        let source = "x = foo(a,\n        b)\n"
        let finding = Finding(ruleID: "global-seed", level: .warning, path: "m.swift",
                              range: Samples.range(1, 5, 2, 11), message: "m", help: "h")
        let out = Reporters.render(Samples.report(findings: [finding], sources: ["m.swift": source]), as: .text, options: Samples.options)
        XCTAssertTrue(out.hasPrefix("m.swift:1:5: warning[global-seed]: m\n    1 | x = foo(a,\n      |     ^~~~~~\n  = help: h\n"), out)
    }

    func testNoFrameWithoutSource() {
        let out = Reporters.render(Samples.report(findings: [Samples.seedFinding], sources: [:]), as: .text, options: Samples.options)
        XCTAssertTrue(out.hasPrefix("Sources/main.swift:3:1: warning[global-seed]: srand(42) seeds the process-wide generator, so any other caller of rand() changes this stream\n  = help: "), out)
    }

    func testCRLFLineIsShownWithoutCarriageReturn() {
        let source = "import Glibc\r\nsrand(1)\r\n"
        let finding = Finding(ruleID: "global-seed", level: .warning, path: "w.swift", range: Samples.range(2, 1, 2, 9), message: "m", help: "")
        let out = Reporters.render(Samples.report(findings: [finding], sources: ["w.swift": source]), as: .text, options: Samples.options)
        XCTAssertTrue(out.contains("    2 | srand(1)\n      | ^~~~~~~~\n"), out)
    }

    func testSkippedFilesAreOneNotePerReasonAndCountedInTheSummary() {
        var report = Samples.report(findings: [], elapsed: 0.05)
        let reason = "C analysis needs libclang, which could not be loaded (allowed by c.required: false)"
        report.skipped = [.init(path: "b.c", message: reason), .init(path: "a.c", message: reason), .init(path: "x.c", message: "other")]
        report.filesAnalyzed = 11
        report.filesNotAnalyzed = 3
        report.filesPartiallyParsed = 1
        XCTAssertEqual(Reporters.render(report, as: .text, options: Samples.options), """
        note: 2 files \(reason)
        x.c: note: other

        no findings in 11 files analyzed (0.05s); 3 files not analyzed, as the configuration allows; 1 file only partly parsed (see the notes)

        """)
    }

    func testALongLineIsCutAroundTheRange() throws {
        let line = String(repeating: "x = 1; ", count: 100) + "srand(1);" + String(repeating: " y = 2;", count: 100)
        let column = 701
        let finding = Finding(ruleID: "global-seed", level: .warning, path: "long.c", range: Samples.range(1, column, 1, column + 8), message: "m", help: "")
        let out = Reporters.render(Samples.report(findings: [finding], sources: ["long.c": line + "\n"]), as: .text, options: Samples.options)
        let frame = out.split(separator: "\n").filter { $0.hasPrefix("    ") }
        XCTAssertEqual(frame.count, 2, out)
        XCTAssertTrue(frame[0].hasPrefix("    1 | …") && frame[0].hasSuffix("…"), out)
        XCTAssertLessThan(frame[0].utf8.count, TextReporter.frameWidth + 20, out)
        let caret = try XCTUnwrap(frame[1].firstIndex(of: "^"))
        let shown = frame[0].dropFirst(frame[1].distance(from: frame[1].startIndex, to: caret))
        XCTAssertTrue(shown.hasPrefix("srand(1)"), "the caret is under the call:\n\(out)")
    }
}
