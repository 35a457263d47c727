import XCTest
import RandLintLSP

/// In-process unit tests of the server's building blocks: JSON, framing, position conversion.
final class BuildingBlockTests: XCTestCase {
    func testJSONRoundTripIsSortedAndCompact() throws {
        let text = #"{"b":[1,2.5,"x\u00e9\ud83d\ude00\n"],"a":null,"c":true, "d": -0.5e1}"#
        XCTAssertEqual(try JSON.parse(text).serialized, #"{"a":null,"b":[1,2.5,"xé😀\n"],"c":true,"d":-5}"#)
        XCTAssertEqual(try JSON.parse("7"), .int(7))
    }

    func testJSONRejectsMalformedText() {
        for bad in ["", "{", "[1,]", "{\"a\" 1}", "01", "\"\\ud800\"", "\"a\u{01}\"", "tru", "1 2", "{\"a\":1,}", "\"\\x\""] {
            XCTAssertThrowsError(try JSON.parse(bad), bad)
        }
        XCTAssertThrowsError(try JSON.parse([0x22, 0xFF, 0x22]))
        XCTAssertThrowsError(try JSON.parse(String(repeating: "[", count: 10_000)))
    }

    func testReaderFramesSplitAndJoinedMessages() {
        var reader = MessageReader()
        let one = frame(#"{"a":1}"#), two = frame(#"{"b":"é"}"#)
        for byte in one.dropLast() { reader.feed([byte]); XCTAssertNil(reader.next()) }
        reader.feed([one.last!] + two)
        XCTAssertEqual(reader.next(), .message(Array(#"{"a":1}"#.utf8)))
        XCTAssertEqual(reader.next(), .message(Array(#"{"b":"é"}"#.utf8)))
        XCTAssertNil(reader.next())
    }

    func testReaderResynchronizesAfterBadHeaders() {
        var reader = MessageReader()
        reader.feed(Array("Content-Type: x\r\n\r\n{}garbage".utf8) + frame("1"))
        guard case .framingError = reader.next() else { return XCTFail("expected a framing error") }
        XCTAssertEqual(reader.next(), .message(Array("1".utf8)))
        reader.feed(Array("Content-Length: -4\r\n\r\n".utf8))
        guard case .framingError = reader.next() else { return XCTFail("expected a framing error") }
        XCTAssertNil(reader.next())
        XCTAssertEqual(reader.pendingByteCount, 0)
        // A header split right inside "Content-Length" after garbage still frames.
        reader.feed(Array("junk\r\n\r\nConte".utf8))
        guard case .framingError = reader.next() else { return XCTFail("expected a framing error") }
        XCTAssertNil(reader.next())
        reader.feed(Array("nt-Length: 1\r\n\r\n2".utf8))
        XCTAssertEqual(reader.next(), .message(Array("2".utf8)))
    }

    func testPositionsInEachEncoding() {
        let lines = LineTable("a\r\n/* 😀é */ srand(1)\rx\n")
        XCTAssertEqual(lines.lineCount, 4)
        // "/* 😀é */ " is 3 + 4 + 2 + 4 = 13 bytes, 3 + 2 + 1 + 4 = 10 UTF-16 units, 9 scalars.
        XCTAssertEqual(lines.position(line: 2, utf8Column: 14, encoding: .utf8), LSPPosition(line: 1, character: 13))
        XCTAssertEqual(lines.position(line: 2, utf8Column: 14, encoding: .utf16), LSPPosition(line: 1, character: 10))
        XCTAssertEqual(lines.position(line: 2, utf8Column: 14, encoding: .utf32), LSPPosition(line: 1, character: 9))
        // Inside the emoji: back to its start; past the end of a line: its end (the \r is not text).
        XCTAssertEqual(lines.position(line: 2, utf8Column: 6, encoding: .utf16), LSPPosition(line: 1, character: 3))
        XCTAssertEqual(lines.position(line: 1, utf8Column: 99, encoding: .utf16), LSPPosition(line: 0, character: 1))
        XCTAssertEqual(lines.position(line: 3, utf8Column: 2, encoding: .utf16), LSPPosition(line: 2, character: 1))
        XCTAssertEqual(lines.byteOffset(of: LSPPosition(line: 1, character: 10), encoding: .utf16), 3 + 13)
        XCTAssertEqual(lines.byteOffset(of: LSPPosition(line: 1, character: 4), encoding: .utf16), 3 + 3)  // mid-surrogate: start of the emoji
        XCTAssertEqual(PositionEncoding.negotiate(offered: ["utf-32", "utf-8", "utf-16"]), .utf8)
        XCTAssertEqual(PositionEncoding.negotiate(offered: ["utf-32"]), .utf16)
        XCTAssertEqual(PositionEncoding.negotiate(offered: nil), .utf16)
    }
}
