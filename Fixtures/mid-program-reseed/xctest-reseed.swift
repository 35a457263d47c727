// An XCTest that checks reproducibility by seeding twice in one test: the first seed is fine
// for an entry point, the second resets a stream the test already drew from.
import Glibc
import XCTest

final class ReplayTests: XCTestCase {
    func testSameSeedSameSequence() {
        srand(7) // expect: global-seed
        let first = (0..<5).map { _ in rand() } // expect: hidden-global-rng
        srand(7) // expect: global-seed, mid-program-reseed
        let second = (0..<5).map { _ in rand() } // expect: hidden-global-rng
        XCTAssertEqual(first, second)
    }

    func testEachTrialReseeds() {
        for trial in 0..<3 {
            srandom(UInt32(trial)) // expect: global-seed, mid-program-reseed
            XCTAssertGreaterThanOrEqual(random(), 0) // expect: hidden-global-rng
        }
    }
}
