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
}
