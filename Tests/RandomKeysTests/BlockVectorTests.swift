import XCTest
import RandomKeys

/// The raw block functions against `jax.threefry2x32_block`, `jax.threefry_2x32_array_api`,
/// the Random123 known-answer rows and numpy's `Philox`.
final class BlockVectorTests: XCTestCase {
    func testJAXThreefryBlock() throws {
        let cases = try XCTUnwrap(try Vectors.at("jax", "threefry2x32_block") as? [[String: Any]])
        XCTAssertEqual(cases.count, 8)
        for c in cases {
            let key = Decode.u32s(c["key"]!), ctr = Decode.u32s(c["ctr"]!), out = Decode.u32s(c["out"]!)
            let y = Threefry2x32.block(key: (key[0], key[1]), counter: (ctr[0], ctr[1]))
            XCTAssertEqual([y.0, y.1], out, "\(c)")
        }
    }

    func testJAXThreefryArrayAPI() throws {
        let cases = try XCTUnwrap(try Vectors.at("jax", "threefry_2x32_array_api", "cases") as? [[String: Any]])
        XCTAssertEqual(cases.count, 4)
        for c in cases {
            let key = Decode.u32s(c["key"]!)
            XCTAssertEqual(Threefry2x32.arrayAPI(key: (key[0], key[1]), count: Decode.u32s(c["count"]!)),
                           Decode.u32s(c["out"]!), "\(c)")
        }
    }

    private func rows(_ name: String) throws -> [[String: Any]] {
        let rows = try XCTUnwrap(try Vectors.at("random123", "vectors", name) as? [[String: Any]], name)
        XCTAssertFalse(rows.isEmpty, name)
        return rows
    }

    func testRandom123Threefry2x32_20() throws {
        for r in try rows("threefry2x32_20") {
            let k = Decode.u32s(r["key"]!), c = Decode.u32s(r["ctr"]!)
            let y = Threefry2x32.block(key: (k[0], k[1]), counter: (c[0], c[1]))
            XCTAssertEqual([y.0, y.1], Decode.u32s(r["expected"]!), "\(r["line"]!)")
        }
    }

    func testRandom123Philox4x32_10() throws {
        for r in try rows("philox4x32_10") {
            let k = Decode.u32s(r["key"]!), c = Decode.u32s(r["ctr"]!)
            let y = Philox4x32.block(key: (k[0], k[1]), counter: (c[0], c[1], c[2], c[3]))
            XCTAssertEqual([y.0, y.1, y.2, y.3], Decode.u32s(r["expected"]!), "\(r["line"]!)")
        }
    }

    func testRandom123Philox4x64_10() throws {
        for r in try rows("philox4x64_10") {
            let k = Decode.u64s(r["key"]!), c = Decode.u64s(r["ctr"]!)
            let y = Philox4x64.block(key: (k[0], k[1]), counter: (c[0], c[1], c[2], c[3]))
            XCTAssertEqual([y.0, y.1, y.2, y.3], Decode.u64s(r["expected"]!), "\(r["line"]!)")
        }
    }

    /// `Philox(key=K, counter=C).random_raw(8)`: the counter is incremented before each block.
    func testNumpyPhiloxRandomRaw() throws {
        let cases = try XCTUnwrap(try Vectors.at("numpy", "philox4x64_10_random_raw") as? [[String: Any]])
        XCTAssertEqual(cases.count, 6)
        for c in cases {
            let k = Decode.u64s(c["key_words_u64"]!), w = Decode.u64s(c["counter_words_u64"]!)
            let expected = Decode.u64s(c["random_raw_8"]!)
            var counter = (w[0], w[1], w[2], w[3])
            var raw: [UInt64] = []
            for _ in 0..<2 {
                counter = Philox4x64.numpyIncrement(counter)
                let y = Philox4x64.block(key: (k[0], k[1]), counter: counter)
                raw += [y.0, y.1, y.2, y.3]
            }
            XCTAssertEqual(raw, expected, "\(c["label"]!)")
            // Counter 0: the key's own stream is numpy's stream.
            if w == [0, 0, 0, 0] {
                let key = try XCTUnwrap(RandomKey(.philox4x64, keyData: k))
                XCTAssertEqual(key.bits(count: 8) as [UInt64], expected, "\(c["label"]!)")
                var g = key.generator()
                XCTAssertEqual((0..<8).map { _ in g.next() }, expected, "\(c["label"]!)")
                if k[1] == 0 {
                    XCTAssertEqual(RandomKey(seed: k[0], implementation: .philox4x64).bits(count: 8) as [UInt64], expected)
                }
            }
        }
    }

    /// `Philox(42)` (key words from `SeedSequence(42)`, counter 0).
    func testNumpyPhilox42() throws {
        let entry = try XCTUnwrap(try Vectors.at("numpy", "Philox(42)") as? [String: Any])
        let key = try XCTUnwrap(RandomKey(.philox4x64, keyData: Decode.u64s(entry["key_words_u64"]!)))
        XCTAssertEqual(key.bits(count: 8) as [UInt64], Decode.u64s(entry["random_raw_8"]!))
        // numpy's next_uint32 splits each word low half first.
        let raw = Decode.u64s(entry["random_raw_8"]!)
        let halves = raw.flatMap { [UInt32(truncatingIfNeeded: $0), UInt32(truncatingIfNeeded: $0 >> 32)] }
        XCTAssertEqual(key.bits(count: 16) as [UInt32], halves)
    }

    /// The Philox-4x32 key stream is Random123's block sequence with counter (j, 0, 0, 0).
    func testPhilox4x32Stream() throws {
        let key = RandomKey(seed: 0x1234_5678_9ABC_DEF0 as UInt64, implementation: .philox4x32)
        XCTAssertEqual(key.keyData, [0x9ABC_DEF0, 0x1234_5678])
        var expected: [UInt32] = []
        for j: UInt32 in 0..<3 {
            let y = Philox4x32.block(key: (0x9ABC_DEF0, 0x1234_5678), counter: (j, 0, 0, 0))
            expected += [y.0, y.1, y.2, y.3]
        }
        XCTAssertEqual(key.bits(count: 12) as [UInt32], expected)
        XCTAssertEqual(key.bits(), expected[0])
    }
}
