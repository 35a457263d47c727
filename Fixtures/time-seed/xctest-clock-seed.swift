// A test seeding its GameplayKit source from the date: a failing run can never be reproduced.
import Foundation
import GameplayKit
import XCTest

func rollStats(source: GKRandomSource, rolls: Int) -> Double {
    let die = GKRandomDistribution(randomSource: source, lowestValue: 1, highestValue: 6)
    var total = 0
    for _ in 0..<rolls { total += die.nextInt() }
    return Double(total) / Double(rolls)
}

final class DiceStatsTests: XCTestCase {
    func testMeanIsNearThreePointFive() {
        let source = GKLinearCongruentialRandomSource(seed: UInt64(Date().timeIntervalSince1970)) // expect: time-seed
        XCTAssertEqual(rollStats(source: source, rolls: 10_000), 3.5, accuracy: 0.1)
    }
}
