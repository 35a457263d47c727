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
