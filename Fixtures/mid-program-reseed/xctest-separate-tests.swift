// setUp and each test method are separate entry points with their own paths: seeding in each
// is a global seed, never a reseed of another test's stream.
import Glibc
import XCTest

final class ShufflerTests: XCTestCase {
    var deck: [Int] = []

    override func setUp() {
        super.setUp()
        srand(42) // expect: global-seed
        deck = Array(0..<52)
    }

    func testShuffleKeepsCards() {
        srand(42) // expect: global-seed
        var shuffled = deck
        for i in shuffled.indices.reversed() where i > 0 {
            shuffled.swapAt(i, Int(rand()) % (i + 1)) // expect: hidden-global-rng, modulo-bias
        }
        XCTAssertEqual(shuffled.sorted(), deck)
    }

    func testDrawIsInDeck() {
        srand(42) // expect: global-seed
        XCTAssertTrue(deck.contains(Int(rand()) % 52)) // expect: hidden-global-rng, modulo-bias
    }
}
