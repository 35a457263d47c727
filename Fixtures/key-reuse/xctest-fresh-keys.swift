// XCTest cases that use their keys correctly: a fresh key per call, split keys each drawn once,
// a per-trial split in a loop. Building keys from constants in tests is intended. No key-reuse.
import RandomKeys
import XCTest

final class KeyDisciplineTests: XCTestCase {
    let deck = Array(0..<52)

    func testSameSeedSameShuffle() {
        let first = RandomKey(seed: 42).shuffled(deck) // expect: hidden-global-rng
        let second = RandomKey(seed: 42).shuffled(deck) // expect: hidden-global-rng
        XCTAssertEqual(first, second)
    }

    func testSplitKeysDiffer() {
        let key = RandomKey(seed: 42)
        let (k1, k2) = key.split()
        XCTAssertNotEqual(k1.uniform(), k2.uniform())
    }

    func testEachTrialGetsItsOwnKey() {
        var key = RandomKey(seed: 7)
        for _ in 0..<10 {
            let sub: RandomKey
            (key, sub) = key.split()
            XCTAssertTrue((0..<6).contains(sub.integer(in: 0..<6)))
        }
    }
}
