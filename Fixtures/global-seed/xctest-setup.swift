// XCTest: setUp and test methods are entry points, so seeding there is only global-seed —
// but the seed still leaks into every other test that runs in the same process.
import Glibc
import XCTest

final class DiceTests: XCTestCase {
    override func setUp() {
        super.setUp()
        srand(1234) // expect: global-seed
    }

    func testDiceRollsStayInRange() {
        for _ in 0..<100 {
            let roll = Int(rand() % 6) + 1 // expect: hidden-global-rng, modulo-bias
            XCTAssertTrue((1...6).contains(roll))
        }
    }

    func testFirstRollIsStable() {
        srand(99) // expect: global-seed
        let first = rand() // expect: hidden-global-rng
        XCTAssertGreaterThanOrEqual(first, 0)
    }
}
