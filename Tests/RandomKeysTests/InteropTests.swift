import XCTest
import RandomKeys

final class InteropTests: XCTestCase {
    /// `key_data` of `split(key, n)` is JAX's `uint32[n, 2]`; wrapping it gives the keys back.
    func testKeyDataArraysMatchJAX() throws {
        for (layout, implementation) in [("threefry_partitionable_true", RandomKey.Implementation.threefry2x32),
                                         ("threefry_partitionable_false", .threefry2x32Legacy)] {
            let seeds = try XCTUnwrap(try Vectors.at("jax", layout, "x64_enabled") as? [String: Any])
            for (seedText, entries) in seeds {
                let key = RandomKey(seed: Int64(seedText)!, implementation: implementation)
                let entries = try XCTUnwrap(entries as? [String: Any])
                let expected = Decode.u32s(Decode.values(try XCTUnwrap(entries["split_5"])))
                XCTAssertEqual(RandomKey.keyData32(key.split(into: 5)), expected, "\(layout) \(seedText)")
                XCTAssertEqual(RandomKey.keys(implementation, keyData32: expected), key.split(into: 5))
                let single = Decode.u32s(Decode.values(try XCTUnwrap(entries["key_data(key(seed))"])))
                XCTAssertEqual(key.keyData32, single)
                XCTAssertEqual(RandomKey(implementation, keyData32: single), key)
            }
        }
        XCTAssertNil(RandomKey.keys(.threefry2x32, keyData32: [1, 2, 3]))
        XCTAssertNil(RandomKey(seed: 1, implementation: .philox4x64).keyData32)
        XCTAssertNil(RandomKey(.philox4x64, keyData32: [1, 2]))
    }

    func testJAXImplementationNames() {
        XCTAssertEqual(RandomKey.Implementation(jaxName: "threefry2x32"), .threefry2x32)
        XCTAssertEqual(RandomKey.Implementation(jaxName: "threefry2x32", partitionable: false), .threefry2x32Legacy)
        XCTAssertNil(RandomKey.Implementation(jaxName: "rbg"))
        XCTAssertEqual(RandomKey.Implementation.threefry2x32Legacy.jaxName, "threefry2x32")
        XCTAssertNil(RandomKey.Implementation.philox4x32.jaxName)
        XCTAssertEqual(RandomKey.Implementation.jaxPhilox4x32.jaxName, "philox4x32")
        XCTAssertEqual(RandomKey.Implementation(jaxName: "philox4x32"), .jaxPhilox4x32)
    }

    /// numpy's SeedSequence states and `Philox(seed)` streams, seeds of one to four words.
    func testNumpySeeding() throws {
        let cases = try XCTUnwrap(try Vectors.policy.at(["numpy_seeding"]) as? [String: Any])
        XCTAssertEqual(cases.count, 6)
        for (seedText, entryAny) in cases {
            let entry = try XCTUnwrap(entryAny as? [String: Any])
            let entropy = Decode.u32s(try XCTUnwrap(entry["entropy_uint32"]))
            let sequence = NumpySeedSequence(entropy: entropy)
            if let seed = UInt64(seedText) { XCTAssertEqual(NumpySeedSequence(seed), sequence, seedText) }
            XCTAssertEqual(sequence.generateState32(count: 8), Decode.u32s(try XCTUnwrap(entry["generate_state_8_uint32"])), seedText)
            XCTAssertEqual(sequence.generateState64(count: 3), Decode.u64s(try XCTUnwrap(entry["generate_state_3_uint64"])), seedText)
            let key = RandomKey(numpySeed: sequence)
            XCTAssertEqual(key.bits(count: 4) as [UInt64], Decode.u64s(try XCTUnwrap(entry["philox_random_raw_4"])), seedText)
        }
        let philox42 = try XCTUnwrap(try Vectors.at("numpy", "Philox(42)") as? [String: Any])
        XCTAssertEqual(RandomKey(numpySeed: NumpySeedSequence(42)).keyData, Decode.u64s(try XCTUnwrap(philox42["key_words_u64"])))
    }
}

/// `.jaxPhilox4x32` against `jax.random.key(seed, impl="philox4x32")` (jax 0.12.0.1).
final class JAXPhiloxVectorTests: XCTestCase {
    func testJAXPhilox4x32() throws {
        var checked = 0
        for layout in ["threefry_partitionable_true", "threefry_partitionable_false"] {
            for x64 in [false, true] {
                let seeds = try XCTUnwrap(try Vectors.policy.at([layout, x64 ? "x64_enabled" : "x64_disabled", "philox4x32"]) as? [String: Any])
                XCTAssertEqual(seeds.count, x64 ? 5 : 4)
                for (seedText, entriesAny) in seeds {
                    let seed = Int64(seedText)!
                    let key = x64 ? RandomKey(seed: seed, implementation: .jaxPhilox4x32)
                                  : RandomKey(seed: UInt32(truncatingIfNeeded: seed), implementation: .jaxPhilox4x32)
                    let entries = try XCTUnwrap(entriesAny as? [String: Any])
                    for (name, entry) in entries {
                        let context = "philox4x32 x64=\(x64) seed \(seedText) \(name)"
                        let values = Decode.values(entry)
                        switch name {
                        case "key_data": XCTAssertEqual(key.keyData32, Decode.u32s(values), context)
                        case "split_3": XCTAssertEqual(RandomKey.keyData32(key.split(into: 3)), Decode.u32s(values), context)
                        case "fold_in_7": XCTAssertEqual(key.fold(in: 7).keyData32, Decode.u32s(values), context)
                        case "bits_uint32_(9,)": XCTAssertEqual(key.bits(count: 9) as [UInt32], Decode.u32s(values), context)
                        case "bits_uint8_(9,)": XCTAssertEqual((key.bits(count: 9) as [UInt8]).map(UInt32.init), Decode.u32s(values), context)
                        case "bits_uint64_(5,)": XCTAssertEqual(key.bits(count: 5) as [UInt64], Decode.u64s(values), context)
                        case "uniform_float32_(8,)":
                            XCTAssertEqual((key.uniform(count: 8) as [Float]).map(\.bitPattern), Decode.f32Bits(entry), context)
                        case "uniform_float64_(5,)":
                            XCTAssertEqual((key.uniform(count: 5) as [Double]).map(\.bitPattern), Decode.f64Bits(entry), context)
                        case "normal_float32_(8,)":
                            let expected = Decode.f32Bits(entry).map(Float.init(bitPattern:))
                            for (g, e) in zip(key.normal(count: 8) as [Float], expected) {
                                XCTAssertLessThanOrEqual(JAXVectorTests.ulps(g, e), 4, context)
                            }
                        case "randint_int32_(8,)_0_10":
                            XCTAssertEqual(key.randint(count: 8, in: Int32(0)..<10).map(Int64.init), Decode.i64s(values), context)
                        case "permutation_10": XCTAssertEqual(key.permutation(10).map(Int64.init), Decode.i64s(values), context)
                        default: XCTFail("untested vector entry \(context)")
                        }
                        checked += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 150)
    }
}
