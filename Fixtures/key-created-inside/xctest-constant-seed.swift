// Tests should build their key from a fixed seed: test methods and setUp are entry points.
// No findings.
import RandomKeys
import XCTest

func shuffledDeck(key: RandomKey) -> [Int] {
    key.shuffled(Array(0..<52))
}

final class ShuffleTests: XCTestCase {
    var key: RandomKey!

    override func setUp() {
        super.setUp()
        key = RandomKey(seed: 7)
    }

    func testShuffleKeepsAllCards() {
        let key = RandomKey(seed: 42)
        XCTAssertEqual(shuffledDeck(key: key).sorted(), Array(0..<52))
    }

    func testSetUpKeyIsUsable() {
        XCTAssertEqual(shuffledDeck(key: key).count, 52)
    }

    func testUniqueKeyDraw() {
        let unique = UniqueKey(seed: 0xBEEF)
        XCTAssertLessThan(unique.uniform(), 1)
    }
}
