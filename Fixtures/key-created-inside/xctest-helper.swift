// In an XCTest case, test methods and setUp may build keys from constants, but a helper
// method or a stored property initializer is not a test entry point.
import RandomKeys
import XCTest

final class InventoryTests: XCTestCase {
    var fixtureKey = RandomKey(seed: 11) // expect: key-created-inside

    private func makeShuffledInventory() -> [String] {
        let key = RandomKey(seed: 42) // expect: key-created-inside
        return key.shuffled(["sword", "shield", "potion", "map"])
    }

    func testInventoryHasFourItems() {
        XCTAssertEqual(makeShuffledInventory().count, 4)
    }

    func testFixtureKeyDraws() {
        XCTAssertLessThan(fixtureKey.uniform(), 1)
    }
}
