// XCTest cases that reuse the key they built (building it from a constant in a test is fine).
import RandomKeys
import XCTest

final class DeckTests: XCTestCase {
    let deck = Array(0..<52)

    func testShuffleIsDeterministic() {
        let key = RandomKey(seed: 42)
        let first = key.shuffled(deck)
        let second = key.shuffled(deck) // expect: key-reuse
        XCTAssertEqual(first, second)
    }

    func testDealtCardsAreInRange() {
        let key = RandomKey(seed: 7)
        for _ in 0..<100 {
            let card = key.integer(in: 0..<52) // expect: key-reuse
            XCTAssertTrue(deck.contains(card))
        }
    }
}
