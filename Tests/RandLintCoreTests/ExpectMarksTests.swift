import RandLintCore
import RandLintTestSupport
import XCTest

final class ExpectMarksTests: XCTestCase {
    func finding(_ rule: String, line: Int) -> Finding {
        let p = SourcePosition(line: line, column: 1, offset: 0)
        return Finding(ruleID: rule, level: .warning, path: "f.swift", range: SourceRange(start: p, end: p), message: "m", help: "h")
    }

    func testMatchesStrictlyBothWays() {
        let marks = ExpectMarks(source: "a\nsrand(1) // expect: global-seed, mid-program-reseed\nb /* expect: key-reuse */\n")
        XCTAssertEqual(marks.mismatches([finding("global-seed", line: 2), finding("mid-program-reseed", line: 2), finding("key-reuse", line: 3)], path: "f.swift"), [])
        XCTAssertEqual(marks.mismatches([finding("global-seed", line: 2), finding("key-reuse", line: 3), finding("key-reuse", line: 1)], path: "f.swift"),
                       ["f.swift:1: unexpected key-reuse: m", "f.swift:2: missing mid-program-reseed"])
        XCTAssertEqual(marks.mismatches([], path: "f.swift", rules: ["key-reuse"]), ["f.swift:3: missing key-reuse"])
    }

    func testTextThatOnlyMentionsExpectIsNoMark() {
        XCTAssertTrue(ExpectMarks(source: "let s = \"expect: key-reuse\"\n").marks.isEmpty)
    }
}
