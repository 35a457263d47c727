// A test that feeds itself random sizes from the default generator: a failure cannot be replayed.
import XCTest

func chunked(_ xs: [Int], size: Int) -> [[Int]] {
    stride(from: 0, to: xs.count, by: size).map { Array(xs[$0..<min($0 + size, xs.count)]) }
}

final class ChunkTests: XCTestCase {
    func testChunksCoverInput() {
        let count = Int.random(in: 0...500) // expect: hidden-global-rng
        let size = Int.random(in: 1...16) // expect: hidden-global-rng
        let xs = Array(0..<count)
        XCTAssertEqual(chunked(xs, size: size).flatMap { $0 }, xs)
    }
}
