import XCTest
import RandomKeys

/// `randomkeys.h` against the Swift library: a C99 program (compiled with
/// `cc -std=c99 -Wall -Wextra -Werror`) prints a line of draws for each key on its stdin; the
/// Swift library must print the same lines. Bulk float draws use 37 elements so that the
/// Swift side runs both its 16-lane SIMD path and its scalar tail.
final class CTwinTests: XCTestCase {
    /// One line per key; every value in hex (floats as IEEE bits) so no formatting differs.
    static let program = #"""
    #include "randomkeys.h"
    #include <stdio.h>
    #include <string.h>

    static uint32_t f32bits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
    static uint64_t f64bits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }

    int main(void) {
        unsigned impl;
        unsigned long long a, b;
        while (scanf("%u %llu %llu", &impl, &a, &b) == 3) {
            uint64_t data[2];
            rk_key k, sub[3];
            uint32_t w32[9];
            uint64_t w64[5];
            float f[37];
            size_t perm[10];
            int i;
            data[0] = a; data[1] = b;
            if (rk_key_from_data((rk_impl)impl, data, &k) != 0) { printf("bad key\n"); continue; }
            rk_split(k, sub, 3);
            for (i = 0; i < 3; i++) printf("%llx %llx ", (unsigned long long)sub[i].w[0], (unsigned long long)sub[i].w[1]);
            printf("| %llx ", (unsigned long long)rk_fold_in(k, 7).w[0]);
            printf("%llx ", (unsigned long long)rk_fold_in(k, 0xFFFFFFFFu).w[1]);
            printf("| %x %llx ", rk_bits32(k), (unsigned long long)rk_bits64(k));
            rk_fill_bits32(k, w32, 9);
            for (i = 0; i < 9; i++) printf("%x ", w32[i]);
            rk_fill_bits64(k, w64, 5);
            for (i = 0; i < 5; i++) printf("%llx ", (unsigned long long)w64[i]);
            printf("| %x %llx ", f32bits(rk_uniform_f32(k)), (unsigned long long)f64bits(rk_uniform(k)));
            printf("%x %llx ", f32bits(rk_uniform_range_f32(k, -2.0f, 3.0f)), (unsigned long long)f64bits(rk_uniform_range(k, -2.0, 3.0)));
            rk_fill_uniform_f32(k, f, 37);
            for (i = 0; i < 37; i++) printf("%x ", f32bits(f[i]));
            printf("| %x %llx ", f32bits(rk_normal_f32(k)), (unsigned long long)f64bits(rk_normal(k)));
            rk_fill_normal_f32(k, f, 37);
            for (i = 0; i < 37; i++) printf("%x ", f32bits(f[i]));
            printf("| %llx %llx %llx %llx ", (unsigned long long)rk_bounded(k, 6), (unsigned long long)rk_bounded(k, 10),
                   (unsigned long long)rk_bounded(k, ((uint64_t)1 << 63) + 12345), (unsigned long long)rk_bounded(k, 0xFFFFFFFFFFFFFFFFull));
            for (i = 0; i < 4; i++) printf("%llx ", (unsigned long long)rk_word64(k, (uint64_t)i));
            printf("| ");
            if (rk_permutation(k, 10, perm) != 0) return 3;
            for (i = 0; i < 10; i++) printf("%zu ", perm[i]);
            printf("\n");
        }
        return 0;
    }
    """#

    static let implementationCodes: [RandomKey.Implementation: Int] = [
        .threefry2x32: 0, .threefry2x32Legacy: 1, .philox4x32: 2, .philox4x64: 3,
    ]

    /// The same line, computed by the Swift library.
    static func swiftLine(_ k: RandomKey) -> String {
        func h<T: BinaryInteger>(_ x: T) -> String { String(x, radix: 16) }
        var s = ""
        for sub in k.split(into: 3) { s += "\(h(sub.keyData[0])) \(h(sub.keyData[1])) " }
        s += "| \(h(k.fold(in: 7).keyData[0])) \(h(k.fold(in: UInt32.max).keyData[1])) "
        s += "| \(h(k.bits() as UInt32)) \(h(k.bits() as UInt64)) "
        for w in k.bits(count: 9) as [UInt32] { s += "\(h(w)) " }
        for w in k.bits(count: 5) as [UInt64] { s += "\(h(w)) " }
        s += "| \(h((k.uniform() as Float).bitPattern)) \(h((k.uniform() as Double).bitPattern)) "
        s += "\(h((k.uniform(in: Float(-2)..<3) as Float).bitPattern)) \(h((k.uniform(in: -2.0..<3.0) as Double).bitPattern)) "
        for f in k.uniform(count: 37) as [Float] { s += "\(h(f.bitPattern)) " }
        s += "| \(h((k.normal() as Float).bitPattern)) \(h((k.normal() as Double).bitPattern)) "
        for f in k.normal(count: 37) as [Float] { s += "\(h(f.bitPattern)) " }
        s += "| \(h(k.integer(in: UInt64(0)..<6))) \(h(k.integer(in: UInt64(0)..<10))) "
        s += "\(h(k.integer(in: UInt64(0)..<((1 << 63) + 12345)))) \(h(k.integer(in: UInt64(0)..<UInt64.max))) "
        var g = k.generator()
        for _ in 0..<4 { s += "\(h(g.next())) " }
        s += "| "
        for p in k.permutation(10) { s += "\(p) " }
        return s
    }

    /// The vector seeds for every implementation plus 400 random keys (100 per implementation).
    static func keys() -> [RandomKey] {
        var keys: [RandomKey] = []
        let seeds: [Int64] = [0, 1, 42, 4_294_967_295, 4_294_967_303, -1]
        for implementation in RandomKey.Implementation.allCases {
            keys += seeds.map { RandomKey(seed: $0, implementation: implementation) }
        }
        let source = RandomKey(seed: 20_261_123).split(into: 400)
        for (i, k) in source.enumerated() {
            let implementation = RandomKey.Implementation.allCases[i % 4]
            let words: [UInt64] = k.bits(count: 2)
            let data = implementation.wordBits == 64 ? words : words.map { $0 & 0xFFFF_FFFF }
            keys.append(RandomKey(implementation, keyData: data)!)
        }
        return keys
    }

    func testCTwinMatchesSwift() throws {
        guard let cc = Toolchain.onPath("cc") ?? Toolchain.onPath("clang") ?? Toolchain.onPath("gcc") else {
            XCTFail("no C compiler (cc) on PATH"); return
        }
        let header = Repo.file("Sources/CRandomKeys/include/randomkeys.h")
        XCTAssertTrue(FileManager.default.fileExists(atPath: header.path), "missing \(header.path)")
        let dir = try Toolchain.temporaryDirectory("ctwin")
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("twin.c"), binary = dir.appendingPathComponent("twin")
        try Self.program.write(to: source, atomically: true, encoding: .utf8)
        let build = try Toolchain.run(cc, ["-std=c99", "-Wall", "-Wextra", "-Werror", "-O2",
                                           "-I", header.deletingLastPathComponent().path,
                                           source.path, "-o", binary.path, "-lm"])
        XCTAssertEqual(build.status, 0, "C twin does not compile cleanly:\n\(build.stderr)")
        guard build.status == 0 else { return }

        let keys = Self.keys()
        let input = keys.map { "\(Self.implementationCodes[$0.implementation]!) \($0.keyData[0]) \($0.keyData[1])" }
            .joined(separator: "\n") + "\n"
        let run = try Toolchain.run(binary.path, [], input: input)
        XCTAssertEqual(run.status, 0, run.stderr)
        let cLines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        XCTAssertEqual(cLines.count, keys.count)
        var mismatches = 0
        for (key, cLine) in zip(keys, cLines) {
            let swiftLine = Self.swiftLine(key).trimmingCharacters(in: .whitespaces)
            let c = cLine.trimmingCharacters(in: .whitespaces)
            if swiftLine != c {
                mismatches += 1
                if mismatches <= 5 { XCTFail("C and Swift differ for \(key):\n  swift: \(swiftLine)\n  c:     \(c)") }
            }
        }
        XCTAssertEqual(mismatches, 0, "\(mismatches) of \(keys.count) keys differ")
    }
}
