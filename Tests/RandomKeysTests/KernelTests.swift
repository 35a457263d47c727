@testable import RandomKeys
import XCTest

/// The C bulk kernels (baseline, AVX2, AVX-512: every level this CPU has) against the scalar
/// Swift definitions, element by element, including vector tails, normal lanes that take the
/// per-lane path (w ≥ 5) and a low counter word that wraps into the high one.
final class KernelTests: XCTestCase {
    override func tearDown() { ThreefryKernels.force(level: -1) }

    func levels() -> [Int] {
        let best = ThreefryKernels.force(level: -1)
        return Array(0...best)
    }

    func testEveryLevelMatchesScalarDefinitions() {
        let sizes = [0, 1, 15, 16, 17, 33, 1000, 1024, 1025, 5000]
        let keys = [RandomKey(seed: 0), RandomKey(seed: 42), RandomKey(seed: -7), RandomKey(seed: 1).fold(in: 99)]
        for level in levels() {
            XCTAssertEqual(ThreefryKernels.force(level: level), level)
            for key in keys {
                let k = key.threefryKey
                for n in sizes {
                    let context = "level \(level), key \(key), n \(n)"
                    func block(_ i: Int) -> (UInt32, UInt32) {
                        Threefry2x32.block(key: k, counter: (UInt32(truncatingIfNeeded: UInt64(i) >> 32), UInt32(truncatingIfNeeded: i)))
                    }
                    let bits: [UInt32] = key.bits(count: n)
                    XCTAssertEqual(bits, (0..<n).map { block($0).0 ^ block($0).1 }, context)
                    let wide: [UInt64] = key.bits(count: n)
                    XCTAssertEqual(wide, (0..<n).map { UInt64(block($0).0) << 32 | UInt64(block($0).1) }, context)
                    let uniform: [Float] = key.uniform(count: n)
                    XCTAssertEqual(uniform.map(\.bitPattern), bits.map { RandomKey.unitFloat($0).bitPattern }, context)
                    let normal: [Float] = key.normal(count: n)
                    XCTAssertEqual(normal.map(\.bitPattern), bits.map { RandomKey.normalFloat($0).bitPattern }, context)
                    XCTAssertEqual(key.split(into: n), (0..<n).map { key.fold(in: UInt32($0)) }, context)
                }
            }
        }
    }

    func testNormalTailLanesAreCovered() {
        // Bits whose uniform is within 0.0034 of ±1 take ErfInv's w >= 5 branch.
        let bits: [UInt32] = RandomKey(seed: 42).bits(count: 5000)
        XCTAssertGreaterThan(bits.filter { abs(RandomKey.unitFloat($0) * 2 - 1) > 0.9966 }.count, 5)
    }

    func testCounterWrapsIntoHighWord() {
        let k = RandomKey(seed: 3).threefryKey
        let start: UInt64 = (1 << 32) - 21
        for level in levels() {
            ThreefryKernels.force(level: level)
            var xor = [UInt32](repeating: 0, count: 70)
            var wide = [UInt64](repeating: 0, count: 70)
            xor.withUnsafeMutableBufferPointer { Threefry2x32.fillXor(key: k, start: start, $0) }
            wide.withUnsafeMutableBufferPointer { Threefry2x32.fillWide(key: k, start: start, $0) }
            for j in 0..<70 {
                let i = start + UInt64(j)
                let (y0, y1) = Threefry2x32.block(key: k, counter: (UInt32(i >> 32), UInt32(truncatingIfNeeded: i)))
                XCTAssertEqual(xor[j], y0 ^ y1, "level \(level), j \(j)")
                XCTAssertEqual(wide[j], UInt64(y0) << 32 | UInt64(y1), "level \(level), j \(j)")
            }
        }
    }
}
