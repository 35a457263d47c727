// A performance test reads the clock around the work; the key is built from a fixed seed.
import Foundation
import RandomKeys
import XCTest

final class SamplerSpeedTests: XCTestCase {
    func testHundredThousandNormalsUnderASecond() {
        let key = RandomKey(seed: 42)
        let start = Date()
        let samples: [Double] = key.normal(count: 100_000)
        XCTAssertLessThan(Date().timeIntervalSince(start), 1.0)
        XCTAssertEqual(samples.count, 100_000)
    }
}
