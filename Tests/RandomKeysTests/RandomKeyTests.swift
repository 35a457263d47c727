import Foundation
import XCTest
import RandomKeys

/// Value semantics, encoding and the contracts that are not covered by known-answer vectors.
final class RandomKeyTests: XCTestCase {
    func testDescriptionNamesImplementationAndData() {
        XCTAssertEqual(RandomKey(seed: 42).description, "RandomKey(threefry2x32-20: [0, 42])")
        XCTAssertEqual(RandomKey(seed: 7, implementation: .philox4x64).description, "RandomKey(philox4x64-10: [7, 0])")
    }

    func testCodableRoundTripForEveryImplementation() throws {
        for implementation in RandomKey.Implementation.allCases {
            let key = RandomKey(seed: -12345, implementation: implementation).split().1
            let data = try JSONEncoder().encode(key)
            XCTAssertEqual(try JSONDecoder().decode(RandomKey.self, from: data), key)
        }
        let json = #"{"implementation": "threefry2x32-20", "data": [0, 42]}"#
        XCTAssertEqual(try JSONDecoder().decode(RandomKey.self, from: Data(json.utf8)), RandomKey(seed: 42))
        let bad = #"{"implementation": "threefry2x32-20", "data": [0, 4294967296]}"#
        XCTAssertThrowsError(try JSONDecoder().decode(RandomKey.self, from: Data(bad.utf8)))
        let unknown = #"{"implementation": "mt19937", "data": [0, 1]}"#
        XCTAssertThrowsError(try JSONDecoder().decode(RandomKey.self, from: Data(unknown.utf8)))
    }

    func testHashableAndImplementationIsPartOfIdentity() {
        let a = RandomKey(seed: 1), b = RandomKey(seed: 1, implementation: .threefry2x32Legacy)
        XCTAssertEqual(a.keyData, b.keyData)
        XCTAssertNotEqual(a, b)
        XCTAssertEqual(Set([a, b, RandomKey(seed: 1)]).count, 2)
        XCTAssertNil(RandomKey(.philox4x32, keyData: [1 << 32, 0]))
        XCTAssertNil(RandomKey(.philox4x64, keyData: [1]))
        XCTAssertNotNil(RandomKey(.philox4x64, keyData: [UInt64.max, UInt64.max]))
    }

    func testDerivedKeysKeepTheImplementation() {
        for implementation in RandomKey.Implementation.allCases {
            let key = RandomKey(seed: 3, implementation: implementation)
            XCTAssertEqual(key.split().0.implementation, implementation)
            XCTAssertEqual(key.fold(in: 9).implementation, implementation)
            XCTAssertTrue(key.split(into: 4).allSatisfy { $0.implementation == implementation })
            // Split keys are distinct from each other and from the parent.
            let keys = key.split(into: 64) + [key]
            XCTAssertEqual(Set(keys).count, 65, "\(implementation)")
        }
    }

    func testScalarDrawsAreElementZeroOfBulkDraws() {
        for implementation in RandomKey.Implementation.allCases where implementation != .threefry2x32Legacy {
            let key = RandomKey(seed: 99, implementation: implementation)
            XCTAssertEqual(key.bits() as UInt32, (key.bits(count: 5) as [UInt32])[0])
            XCTAssertEqual(key.bits() as UInt64, (key.bits(count: 5) as [UInt64])[0])
            XCTAssertEqual(key.uniform() as Float, (key.uniform(count: 3) as [Float])[0])
            XCTAssertEqual(key.uniform() as Double, (key.uniform(count: 3) as [Double])[0])
            XCTAssertEqual(key.normal() as Float, (key.normal(count: 3) as [Float])[0])
            XCTAssertEqual(key.normal() as Double, (key.normal(count: 3) as [Double])[0])
        }
    }

    func testGeneratorDrivesStdlibAPIs() {
        var g = RandomKey(seed: 11).generator()
        let first = g.next()
        XCTAssertEqual(first, RandomKey(seed: 11).bits() as UInt64)
        XCTAssertEqual(g.position, 1)
        var g1 = RandomKey(seed: 11).generator(), g2 = RandomKey(seed: 11).generator()
        XCTAssertEqual((0..<20).shuffled(using: &g1), (0..<20).shuffled(using: &g2))
        let roll = Int.random(in: 1...6, using: &g1)
        XCTAssertTrue((1...6).contains(roll))
    }

    func testIntegerIsUnbiasedAndInRange() {
        let keys = RandomKey(seed: 2024).split(into: 60_000)
        var counts = [Int](repeating: 0, count: 6)
        for k in keys {
            let v = k.integer(in: 0..<6)
            counts[v] += 1
        }
        // chi-square with 5 degrees of freedom; 25 is far beyond the 0.9999 quantile (~25.7 is 0.9999).
        let expected = Double(keys.count) / 6
        let chi2 = counts.reduce(0.0) { $0 + pow(Double($1) - expected, 2) / expected }
        XCTAssertLessThan(chi2, 30, "\(counts)")
        XCTAssertEqual(RandomKey(seed: 1).integer(in: Int8.min...Int8.max), RandomKey(seed: 1).integer(in: Int8.min...Int8.max))
        XCTAssertTrue((-5..<(-2)).contains(RandomKey(seed: 8).integer(in: -5..<(-2))))
        _ = RandomKey(seed: 8).integer(in: UInt64.min...UInt64.max)
        let xs = RandomKey(seed: 4).integers(count: 1000, in: 10..<13)
        XCTAssertTrue(xs.allSatisfy { (10..<13).contains($0) })
        XCTAssertEqual(Set(xs).count, 3)
    }

    func testDistributionMoments() {
        let key = RandomKey(seed: 77)
        let n = 200_000
        func meanVar(_ xs: [Double]) -> (Double, Double) {
            let m = xs.reduce(0, +) / Double(xs.count)
            return (m, xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(xs.count - 1))
        }
        let normals: [Double] = key.normal(count: n)
        let (nm, nv) = meanVar(normals)
        XCTAssertEqual(nm, 0, accuracy: 0.01); XCTAssertEqual(nv, 1, accuracy: 0.02)
        let normalsF: [Float] = key.fold(in: 1).normal(count: n)
        let (fm, fv) = meanVar(normalsF.map(Double.init))
        XCTAssertEqual(fm, 0, accuracy: 0.01); XCTAssertEqual(fv, 1, accuracy: 0.02)
        let keys = key.fold(in: 2).split(into: 20_000)
        let (em, _) = meanVar(keys.map { $0.exponential() })
        XCTAssertEqual(em, 1, accuracy: 0.05)
        for shape in [0.3, 1.0, 2.5, 9.0] {
            let (gm, gv) = meanVar(keys.map { $0.gamma(shape) })
            XCTAssertEqual(gm, shape, accuracy: 0.05 * max(1, shape), "gamma(\(shape)) mean")
            XCTAssertEqual(gv, shape, accuracy: 0.1 * max(1, shape), "gamma(\(shape)) variance")
        }
        let (bm, _) = meanVar(keys.map { $0.beta(2, 6) })
        XCTAssertEqual(bm, 0.25, accuracy: 0.01)
        let tiny = keys.prefix(200).map { $0.beta(0.01, 0.01) }
        XCTAssertTrue(tiny.allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 1 })
        let heads = keys.filter { $0.bernoulli(0.3) }.count
        XCTAssertEqual(Double(heads) / Double(keys.count), 0.3, accuracy: 0.015)
        let u: [Double] = key.fold(in: 3).uniform(count: n, in: -2..<3)
        XCTAssertTrue(u.allSatisfy { $0 >= -2 && $0 < 3 })
    }

    func testShuffleAndChoice() {
        let key = RandomKey(seed: 31)
        let deck = Array("abcdefghij")
        XCTAssertEqual(key.shuffled(deck), key.permutation(10).map { deck[$0] })
        XCTAssertEqual(key.shuffled(deck).sorted(), deck)
        XCTAssertEqual(key.permutation(3000).sorted(), Array(0..<3000))  // two rounds
        XCTAssertTrue(deck.contains(key.choice(from: deck)))
        let noRepeat = key.choice(from: deck, count: 10, replacement: false)
        XCTAssertEqual(noRepeat.sorted(), deck)
        let weighted = key.choice(from: [0, 1, 2], count: 30_000, weights: [0, 1, 3])
        XCTAssertFalse(weighted.contains(0))
        XCTAssertEqual(Double(weighted.filter { $0 == 2 }.count) / 30_000, 0.75, accuracy: 0.02)
        let top = key.choice(from: [0, 1, 2, 3], count: 2, replacement: false, weights: [0, 0, 5, 5])
        XCTAssertEqual(Set(top), [2, 3])
        let draws = RandomKey(seed: 1).split(into: 4000).map { $0.choice(from: [0, 1, 2, 3], count: 1, replacement: false, weights: [1, 0, 0, 3])[0] }
        XCTAssertEqual(Double(draws.filter { $0 == 3 }.count) / 4000, 0.75, accuracy: 0.03)
    }

    func testPhiloxAndLegacyKeysDraw() {
        for implementation in RandomKey.Implementation.allCases {
            let key = RandomKey(seed: 5, implementation: implementation)
            let xs: [Float] = key.normal(count: 50_000)
            let mean = xs.reduce(0, +) / Float(xs.count)
            XCTAssertEqual(mean, 0, accuracy: 0.02, "\(implementation)")
            XCTAssertEqual((key.bits(count: 7) as [UInt8]).count, 7)
        }
    }
}
