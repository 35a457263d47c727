import RandLintCore
import XCTest

/// The one line index: `\n`, `\r\n` and a lone `\r` each end a line, for positions and lines alike.
final class SourceFileTests: XCTestCase {
    func testEveryLineBreakEndsALine() {
        let file = SourceFile("a\nbb\r\nccc\rd\r\n")
        XCTAssertEqual(file.lineCount, 5)
        XCTAssertEqual((1...5).map { file.lineText($0) }, ["a", "bb", "ccc", "d", ""])
        XCTAssertNil(file.lineText(6))
        XCTAssertNil(file.line(0))
    }

    func testPositionsAgreeWithLines() {
        let text = "x\r\ny\rzz\nw"
        let file = SourceFile(text)
        for (offset, byte) in Array(text.utf8).enumerated() where byte != 0x0A && byte != 0x0D {
            let position = file.position(at: offset)
            let line = Array(file.line(position.line)!)
            XCTAssertEqual(line[position.column - 1], byte, "offset \(offset)")
        }
        XCTAssertEqual(file.position(at: 100), file.position(at: text.utf8.count))
    }
}
