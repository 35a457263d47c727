import XCTest
import RandomKeys

/// Every entry of `jax.threefry_partitionable_{true,false}.x64_{disabled,enabled}.<seed>`.
final class JAXVectorTests: XCTestCase {
    /// Distance in units in the last place between two finite floats of the same sign region.
    static func ulps(_ a: Float, _ b: Float) -> Int {
        func ordered(_ x: Float) -> Int64 {
            let b = Int64(Int32(bitPattern: x.bitPattern))
            return b < 0 ? Int64(Int32.min) - b : b
        }
        return Int(abs(ordered(a) - ordered(b)))
    }

    func testAllJAXConfigurations() throws {
        var checked = 0
        var worstNormalULP = 0
        var normalCount = 0
        var exactNormals = 0
        for (mode, implementation) in [("threefry_partitionable_true", RandomKey.Implementation.threefry2x32),
                                       ("threefry_partitionable_false", .threefry2x32Legacy)] {
            for x64 in ["x64_disabled", "x64_enabled"] {
                let seeds = try XCTUnwrap(try Vectors.at("jax", mode, x64) as? [String: Any])
                XCTAssertEqual(seeds.count, 6)
                for (seedText, entriesAny) in seeds {
                    let seed = Int64(seedText)!
                    // x64 disabled: JAX silently truncates the seed to int32 and its 32-bit
                    // `seed >> 32` is 0, so the key is [0, seed & 0xFFFFFFFF].
                    let key = x64 == "x64_enabled"
                        ? RandomKey(seed: seed, implementation: implementation)
                        : RandomKey(seed: UInt32(truncatingIfNeeded: seed), implementation: implementation)
                    let entries = entriesAny as! [String: Any]
                    for (name, entry) in entries.sorted(by: { $0.key < $1.key }) {
                        let context = "\(mode) \(x64) seed \(seedText) \(name)"
                        let values = Decode.values(entry)
                        switch name {
                        case "PRNGKey", "key_data(key(seed))":
                            XCTAssertEqual(key.keyData, Decode.u64s(values), context)
                        case let s where s.hasPrefix("split_"):
                            let n = s == "split_(2,3)" ? 6 : Int(s.dropFirst(6))!
                            let expected = Decode.u64s(values)
                            XCTAssertEqual(key.split(into: n).flatMap(\.keyData), expected, context)
                            if n == 2 {
                                let (a, b) = key.split()
                                XCTAssertEqual(a.keyData + b.keyData, expected, context)
                            }
                        case let s where s.hasPrefix("fold_in_"):
                            let d = UInt32(s.dropFirst(8))!
                            XCTAssertEqual(key.fold(in: d).keyData, Decode.u64s(values), context)
                        case "bits_uint32_()":
                            XCTAssertEqual(key.bits() as UInt32, UInt32(Decode.u64(values)), context)
                        case let s where s.hasPrefix("bits_uint32_"):
                            let expected = Decode.u32s(values)
                            XCTAssertEqual(key.bits(count: expected.count) as [UInt32], expected, context)
                            var buffer = [UInt32](repeating: 0, count: expected.count)
                            buffer.withUnsafeMutableBufferPointer { key.fill(bits: $0) }
                            XCTAssertEqual(buffer, expected, context)
                        case let s where s.hasPrefix("bits_uint8_"):
                            let expected = Decode.u64s(values).map { UInt8($0) }
                            XCTAssertEqual(key.bits(count: expected.count) as [UInt8], expected, context)
                        case let s where s.hasPrefix("bits_uint16_"):
                            let expected = Decode.u64s(values).map { UInt16($0) }
                            XCTAssertEqual(key.bits(count: expected.count) as [UInt16], expected, context)
                        case let s where s.hasPrefix("bits_uint64_"):
                            let expected = Decode.u64s(values)
                            XCTAssertEqual(key.bits(count: expected.count) as [UInt64], expected, context)
                            if implementation == .threefry2x32 {
                                XCTAssertEqual(key.bits() as UInt64, expected[0], context)
                            }
                        case "uniform_float32_(8,)":
                            let expected = Decode.f32Bits(entry)
                            XCTAssertEqual((key.uniform(count: 8) as [Float]).map(\.bitPattern), expected, context)
                            XCTAssertEqual(key.split(into: 1).count, 1)
                        case "uniform_float32_(8,)_min-2_max3":
                            let expected = Decode.f32Bits(entry)
                            XCTAssertEqual((key.uniform(count: 8, in: Float(-2)..<3) as [Float]).map(\.bitPattern), expected, context)
                        case "uniform_float64_(4,)":
                            let expected = Decode.f64Bits(entry)
                            XCTAssertEqual((key.uniform(count: 4) as [Double]).map(\.bitPattern), expected, context)
                        case "normal_float32_(8,)":
                            let expected = Decode.f32Bits(entry).map(Float.init(bitPattern:))
                            let got: [Float] = key.normal(count: 8)
                            for (g, e) in zip(got, expected) {
                                let d = Self.ulps(g, e)
                                worstNormalULP = max(worstNormalULP, d)
                                normalCount += 1
                                if d == 0 { exactNormals += 1 }
                                XCTAssertLessThanOrEqual(d, 4, "\(context): \(g) vs JAX \(e)")
                            }
                        case "randint_(8,)_0_10_int32":
                            XCTAssertEqual(key.randint(count: 8, in: Int32(0)..<10).map(Int64.init), Decode.i64s(values), context)
                        case "randint_(8,)_0_10_default_dtype":
                            let got: [Int64] = x64 == "x64_enabled"
                                ? key.randint(count: 8, in: Int64(0)..<10)
                                : key.randint(count: 8, in: Int32(0)..<10).map(Int64.init)
                            XCTAssertEqual(got, Decode.i64s(values), context)
                        case "permutation_10":
                            XCTAssertEqual(key.permutation(10).map(Int64.init), Decode.i64s(values), context)
                        case "chain:split(k)[1]->bits_uint32_(4,)":
                            XCTAssertEqual(key.split().1.bits(count: 4) as [UInt32], Decode.u32s(values), context)
                        default:
                            XCTFail("untested vector entry \(context)")
                        }
                        checked += 1
                    }
                }
            }
        }
        print("JAX vectors: \(checked) entries checked; normal float32: \(normalCount) values, \(exactNormals) bit-exact, worst \(worstNormalULP) ulp")
        XCTAssertGreaterThan(checked, 500)
    }

    func testDefaultPartitionableMatchesLibraryDefault() throws {
        let partitionable = try Vectors.at("jax", "default_partitionable") as? Bool
        XCTAssertEqual(partitionable, true, "the vectors say JAX's default layout changed")
        XCTAssertEqual(RandomKey(seed: 0).implementation, .threefry2x32)
    }

    /// In the default layout `split(key, n)[i] == fold_in(key, i)`.
    func testSplitEqualsFoldInDefaultLayout() {
        let key = RandomKey(seed: 1234)
        let keys = key.split(into: 50)
        for (i, k) in keys.enumerated() { XCTAssertEqual(k, key.fold(in: i)) }
    }
}
