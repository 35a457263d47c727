import XCTest
import RandomKeys

/// `randomkeys.h` against the Swift library: a program that is both C99 and C++11 prints a
/// line of draws for each key on its stdin; the Swift library must print the same lines, for
/// every build in `ciBuilds` (or the whole `fullMatrix`). Bulk float draws use 37 elements so
/// that the Swift side runs both its 16-lane SIMD path and its scalar tail.
final class CTwinTests: XCTestCase {
    /// One line per key; every value in hex (floats as IEEE bits) so no formatting differs.
    static let program = #"""
    #include "randomkeys.h"
    #include <stdio.h>
    #include <string.h>

    static uint32_t f32bits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
    static uint64_t f64bits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }

    #define PRINT_F(f, d) do { for (i = 0; i < 5; i++) printf("%x ", f32bits((f)[i])); \
        for (i = 0; i < 5; i++) printf("%llx ", (unsigned long long)f64bits((d)[i])); } while (0)

    int main(void) {
        unsigned impl;
        unsigned long long a, b;
        while (scanf("%u %llu %llu", &impl, &a, &b) == 3) {
            uint64_t data[2];
            rk_key k, sub[3];
            uint32_t w32[9];
            uint64_t w64[5];
            float f[37];
            double d[5];
            uint8_t b8[11];
            uint16_t b16[11];
            uint32_t tf[2];
            int32_t i32[9];
            int64_t i64[5];
            size_t perm[10];
            const double wr[4] = {0.5, 0.0, 2.0, 1.0}, wn[5] = {1.0, 2.0, 0.5, 3.0, 0.0};
            const float wrf[4] = {0.5f, 0.0f, 2.0f, 1.0f}, wnf[5] = {1.0f, 2.0f, 0.5f, 3.0f, 0.0f};
            int8_t s8[9];
            int i, t;
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
            printf("| ");
            rk_fill_bits8(k, b8, 11);
            for (i = 0; i < 11; i++) printf("%x ", (unsigned)b8[i]);
            rk_fill_bits16(k, b16, 11);
            for (i = 0; i < 11; i++) printf("%x ", (unsigned)b16[i]);
            tf[0] = (uint32_t)k.w[0]; tf[1] = (uint32_t)k.w[1];
            rk_threefry2x32_fill_xor(tf, 5, w32, 3);
            for (i = 0; i < 3; i++) printf("%x ", w32[i]);
            rk_threefry2x32_fill_wide(tf, 0xFFFFFFFFu, w64, 3);
            for (i = 0; i < 3; i++) printf("%llx ", (unsigned long long)w64[i]);
            printf("| ");
            rk_fill_uniform_f64(k, d, 5);
            for (i = 0; i < 5; i++) printf("%llx ", (unsigned long long)f64bits(d[i]));
            rk_fill_uniform_range_f64(k, d, 5, -2.0, 3.0);
            for (i = 0; i < 5; i++) printf("%llx ", (unsigned long long)f64bits(d[i]));
            rk_fill_uniform_range_f32(k, f, 37, -2.0f, 3.0f);
            for (i = 0; i < 37; i++) printf("%x ", f32bits(f[i]));
            rk_fill_normal_f64(k, d, 5);
            for (i = 0; i < 5; i++) printf("%llx ", (unsigned long long)f64bits(d[i]));
            printf("| ");
            rk_fill_bounded(k, 6, w64, 5);
            for (i = 0; i < 5; i++) printf("%llx ", (unsigned long long)w64[i]);
            rk_randint_i32(k, i32, 9, 0, 10);
            for (i = 0; i < 9; i++) printf("%d ", i32[i]);
            rk_randint_i32(k, i32, 3, INT32_MIN, INT32_MAX);
            for (i = 0; i < 3; i++) printf("%d ", i32[i]);
            rk_randint_i32(k, i32, 2, 3, 3);
            for (i = 0; i < 2; i++) printf("%d ", i32[i]);
            rk_randint_i64(k, i64, 5, -1000, 1000000000000);
            for (i = 0; i < 5; i++) printf("%lld ", (long long)i64[i]);
            rk_randint_i64(k, i64, 3, INT64_MIN, INT64_MAX);
            for (i = 0; i < 3; i++) printf("%lld ", (long long)i64[i]);
            printf("| ");
            if (rk_choice(k, 7, 5, 1, NULL, perm) != 0) return 4;
            for (i = 0; i < 5; i++) printf("%zu ", perm[i]);
            if (rk_choice(k, 10, 4, 0, NULL, perm) != 0) return 4;
            for (i = 0; i < 4; i++) printf("%zu ", perm[i]);
            if (rk_choice(k, 4, 6, 1, wr, perm) != 0) return 4;
            for (i = 0; i < 6; i++) printf("%zu ", perm[i]);
            if (rk_choice(k, 5, 3, 0, wn, perm) != 0) return 4;
            for (i = 0; i < 3; i++) printf("%zu ", perm[i]);
            printf("| %d %d %llx ", rk_bernoulli(k, 0.3), rk_bernoulli(k, 0.9), (unsigned long long)f64bits(rk_exponential(k)));
            printf("%llx %llx %llx", (unsigned long long)f64bits(rk_gamma(k, 0.5)), (unsigned long long)f64bits(rk_gamma(k, 2.5)),
                   (unsigned long long)f64bits(rk_beta(k, 0.7, 3.0)));
            printf("| ");
            for (t = 0; t < 5; t++) {
                static void (*const f32s[5])(rk_key, float *, size_t) = {rk_fill_exponential_f32, rk_fill_gumbel_f32,
                    rk_fill_laplace_f32, rk_fill_logistic_f32, rk_fill_cauchy_f32};
                static void (*const f64s[5])(rk_key, double *, size_t) = {rk_fill_exponential_f64, rk_fill_gumbel_f64,
                    rk_fill_laplace_f64, rk_fill_logistic_f64, rk_fill_cauchy_f64};
                f32s[t](k, f, 5);
                for (i = 0; i < 5; i++) printf("%x ", f32bits(f[i]));
                f64s[t](k, d, 5);
                for (i = 0; i < 5; i++) printf("%llx ", (unsigned long long)f64bits(d[i]));
            }
            rk_fill_lognormal_f32(k, 0.5f, f, 5); rk_fill_lognormal_f64(k, 0.5, d, 5); PRINT_F(f, d);
            rk_fill_rayleigh_f32(k, 2.0f, f, 5); rk_fill_rayleigh_f64(k, 2.0, d, 5); PRINT_F(f, d);
            rk_fill_pareto_f32(k, 3.0f, f, 5); rk_fill_pareto_f64(k, 3.0, d, 5); PRINT_F(f, d);
            rk_fill_weibull_min_f32(k, 2.0f, 1.5f, f, 5); rk_fill_weibull_min_f64(k, 2.0, 1.5, d, 5); PRINT_F(f, d);
            rk_fill_triangular_f32(k, 0.0f, 0.3f, 1.0f, f, 5); rk_fill_triangular_f64(k, 0.0, 0.3, 1.0, d, 5); PRINT_F(f, d);
            rk_fill_truncated_normal_f32(k, -1.0f, 2.0f, f, 5); rk_fill_truncated_normal_f64(k, -1.0, 2.0, d, 5); PRINT_F(f, d);
            rk_fill_bernoulli_f32(k, 0.3f, b8, 9);
            for (i = 0; i < 9; i++) printf("%u", (unsigned)b8[i]);
            rk_fill_bernoulli_f64(k, 0.3, b8, 9);
            for (i = 0; i < 9; i++) printf("%u", (unsigned)b8[i]);
            rk_fill_rademacher_f32(k, s8, 9);
            for (i = 0; i < 9; i++) printf(" %d", s8[i]);
            rk_fill_rademacher_f64(k, s8, 9);
            for (i = 0; i < 9; i++) printf(" %d", s8[i]);
            rk_fill_geometric_f32(k, 0.3f, i64, 5);
            for (i = 0; i < 5; i++) printf(" %lld", (long long)i64[i]);
            rk_fill_geometric_f64(k, 0.3, i64, 5);
            for (i = 0; i < 5; i++) printf(" %lld", (long long)i64[i]);
            printf(" |");
            if (rk_choice_f32(k, 7, 5, 1, NULL, perm) != 0) return 4;
            for (i = 0; i < 5; i++) printf(" %zu", perm[i]);
            if (rk_choice_f32(k, 4, 6, 1, wrf, perm) != 0) return 4;
            for (i = 0; i < 6; i++) printf(" %zu", perm[i]);
            if (rk_choice_f32(k, 5, 3, 0, wnf, perm) != 0) return 4;
            for (i = 0; i < 3; i++) printf(" %zu", perm[i]);
            if (rk_choice_f64(k, 7, 5, 1, NULL, perm) != 0) return 4;
            for (i = 0; i < 5; i++) printf(" %zu", perm[i]);
            if (rk_choice_f64(k, 4, 6, 1, wr, perm) != 0) return 4;
            for (i = 0; i < 6; i++) printf(" %zu", perm[i]);
            if (rk_choice_f64(k, 5, 3, 0, wn, perm) != 0) return 4;
            for (i = 0; i < 3; i++) printf(" %zu", perm[i]);
            rk_fill_gamma_f64(k, 0.7, d, 3);
            for (i = 0; i < 3; i++) printf(" %llx", (unsigned long long)f64bits(d[i]));
            rk_fill_loggamma_f64(k, 0.2, d, 3);
            for (i = 0; i < 3; i++) printf(" %llx", (unsigned long long)f64bits(d[i]));
            sub[0] = rk_key_from_numpy_seed(a);
            printf(" | %llx %llx", (unsigned long long)sub[0].w[0], (unsigned long long)sub[0].w[1]);
            printf("\n");
        }
        return 0;
    }
    """#

    static let implementationCodes: [RandomKey.Implementation: Int] = [
        .threefry2x32: 0, .threefry2x32Legacy: 1, .philox4x32: 2, .philox4x64: 3, .jaxPhilox4x32: 4,
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
        s += "| "
        for b in k.bits(count: 11) as [UInt8] { s += "\(h(b)) " }
        for b in k.bits(count: 11) as [UInt16] { s += "\(h(b)) " }
        let tf = (UInt32(truncatingIfNeeded: k.keyData[0]), UInt32(truncatingIfNeeded: k.keyData[1]))
        var x32 = [UInt32](repeating: 0, count: 3), x64 = [UInt64](repeating: 0, count: 3)
        x32.withUnsafeMutableBufferPointer { Threefry2x32.fillXor(key: tf, start: 5, $0) }
        x64.withUnsafeMutableBufferPointer { Threefry2x32.fillWide(key: tf, start: 0xFFFF_FFFF, $0) }
        for w in x32 { s += "\(h(w)) " }
        for w in x64 { s += "\(h(w)) " }
        s += "| "
        for d in k.uniform(count: 5) as [Double] { s += "\(h(d.bitPattern)) " }
        for d in k.uniform(count: 5, in: -2.0..<3.0) as [Double] { s += "\(h(d.bitPattern)) " }
        for f in k.uniform(count: 37, in: Float(-2)..<3) as [Float] { s += "\(h(f.bitPattern)) " }
        for d in k.normal(count: 5) as [Double] { s += "\(h(d.bitPattern)) " }
        s += "| "
        for v in k.integers(count: 5, in: UInt64(0)..<6) { s += "\(h(v)) " }
        for v in k.randint(count: 9, in: Int32(0)..<10) { s += "\(v) " }
        for v in k.randint(count: 3, in: Int32.min..<Int32.max) { s += "\(v) " }
        for v in k.randint(count: 2, in: Int32(3)..<3) { s += "\(v) " }
        for v in k.randint(count: 5, in: Int64(-1000)..<1_000_000_000_000) { s += "\(v) " }
        for v in k.randint(count: 3, in: Int64.min..<Int64.max) { s += "\(v) " }
        s += "| "
        for v in k.choice(from: 0..<7, count: 5) { s += "\(v) " }
        for v in k.choice(from: 0..<10, count: 4, replacement: false) { s += "\(v) " }
        for v in k.choice(from: 0..<4, count: 6, weights: [0.5, 0, 2, 1]) { s += "\(v) " }
        for v in k.choice(from: 0..<5, count: 3, replacement: false, weights: [1, 2, 0.5, 3, 0]) { s += "\(v) " }
        s += "| \(k.bernoulli(0.3) ? 1 : 0) \(k.bernoulli(0.9) ? 1 : 0) \(h(k.exponential().bitPattern)) "
        s += "\(h(k.gamma(0.5).bitPattern)) \(h(k.gamma(2.5).bitPattern)) \(h(k.beta(0.7, 3).bitPattern))"
        s += "| "
        let f32s: [(RandomKey) -> [Float]] = [{ $0.exponential(count: 5) }, { $0.gumbel(count: 5) },
                                              { $0.laplace(count: 5) }, { $0.logistic(count: 5) }, { $0.cauchy(count: 5) }]
        let f64s: [(RandomKey) -> [Double]] = [{ $0.exponential(count: 5) }, { $0.gumbel(count: 5) },
                                               { $0.laplace(count: 5) }, { $0.logistic(count: 5) }, { $0.cauchy(count: 5) }]
        for (a, b) in zip(f32s, f64s) {
            for f in a(k) { s += "\(h(f.bitPattern)) " }
            for d in b(k) { s += "\(h(d.bitPattern)) " }
        }
        let pairs: [((RandomKey) -> [Float], (RandomKey) -> [Double])] = [
            ({ $0.lognormal(sigma: 0.5, count: 5) }, { $0.lognormal(sigma: 0.5, count: 5) }),
            ({ $0.rayleigh(scale: 2, count: 5) }, { $0.rayleigh(scale: 2, count: 5) }),
            ({ $0.pareto(3, count: 5) }, { $0.pareto(3, count: 5) }),
            ({ $0.weibullMin(scale: 2, concentration: 1.5, count: 5) }, { $0.weibullMin(scale: 2, concentration: 1.5, count: 5) }),
            ({ $0.triangular(left: 0, mode: 0.3, right: 1, count: 5) }, { $0.triangular(left: 0, mode: 0.3, right: 1, count: 5) }),
            ({ $0.truncatedNormal(lower: -1, upper: 2, count: 5) }, { $0.truncatedNormal(lower: -1, upper: 2, count: 5) }),
        ]
        for (a, b) in pairs {
            for f in a(k) { s += "\(h(f.bitPattern)) " }
            for d in b(k) { s += "\(h(d.bitPattern)) " }
        }
        for b in k.bernoulli(Float(0.3), count: 9) { s += b ? "1" : "0" }
        for b in k.bernoulli(0.3, count: 9) { s += b ? "1" : "0" }
        for r in k.rademacher(count: 9) as [Float] { s += " \(Int(r))" }
        for r in k.rademacher(count: 9) as [Double] { s += " \(Int(r))" }
        for g in k.geometric(Float(0.3), count: 5) { s += " \(g)" }
        for g in k.geometric(0.3, count: 5) { s += " \(g)" }
        s += " |"
        let wr = [0.5, 0, 2, 1], wn = [1, 2, 0.5, 3, 0]
        for i in k.choice(Int32(7), count: 5) { s += " \(i)" }
        for i in k.choice(Int32(4), count: 6, weights: wr.map(Float.init)) { s += " \(i)" }
        for i in k.choice(Int32(5), count: 3, replacement: false, weights: wn.map(Float.init)) { s += " \(i)" }
        for i in k.choice(Int64(7), count: 5) { s += " \(i)" }
        for i in k.choice(Int64(4), count: 6, weights: wr) { s += " \(i)" }
        for i in k.choice(Int64(5), count: 3, replacement: false, weights: wn) { s += " \(i)" }
        for g in k.gamma(0.7, count: 3) as [Double] { s += " \(h(g.bitPattern))" }
        for g in k.loggamma(0.2, count: 3) as [Double] { s += " \(h(g.bitPattern))" }
        let numpy = RandomKey(numpySeed: NumpySeedSequence(k.keyData[0])).keyData
        s += " | \(h(numpy[0])) \(h(numpy[1]))"
        return s
    }

    /// The vector seeds for every implementation plus 400 random keys spread over the implementations.
    static func keys() -> [RandomKey] {
        var keys: [RandomKey] = []
        let seeds: [Int64] = [0, 1, 42, 4_294_967_295, 4_294_967_303, -1]
        for implementation in RandomKey.Implementation.allCases {
            keys += seeds.map { RandomKey(seed: $0, implementation: implementation) }
        }
        let source = RandomKey(seed: 20_261_123).split(into: 400)
        for (i, k) in source.enumerated() {
            let implementation = RandomKey.Implementation.allCases[i % RandomKey.Implementation.allCases.count]
            let words: [UInt64] = k.bits(count: 2)
            let data = implementation.wordBits == 64 ? words : words.map { $0 & 0xFFFF_FFFF }
            keys.append(RandomKey(implementation, keyData: data)!)
        }
        return keys
    }

    /// One way of building the C twin: a compiler and its flags (besides the warnings).
    struct Build: CustomStringConvertible {
        var compiler: String
        var flags: [String]
        var cxx: Bool { compiler.hasSuffix("++") }
        var description: String { ([compiler] + flags).joined(separator: " ") }
    }

    /// Every build must be warning-free under these.
    static let warnings = ["-Wall", "-Wextra", "-Wpedantic", "-Werror", "-Wcast-align", "-Wconversion"]

    /// What CI runs: gcc in its default dialect (gnu17, contraction on by default) with FMA
    /// hardware, clang unoptimized, and C++14 (no hexadecimal float literals).
    static let ciBuilds = [
        Build(compiler: "gcc", flags: ["-O3", "-march=native"]),
        Build(compiler: "clang", flags: ["-std=c99", "-O0"]),
        Build(compiler: "g++", flags: ["-std=c++14", "-O2", "-march=native"]),
    ]

    /// `RK_C_MATRIX=full` (Scripts/c-matrix.sh): gcc and clang, C (default dialect, C99, C11,
    /// gnu11) and C++ (11, 14, 17), -O0 to -O3, with and without -march=native.
    static var fullMatrix: [Build] {
        var builds: [Build] = []
        let dialects: [(String, String?)] = [("", nil), ("", "c99"), ("", "c11"), ("", "gnu11"),
                                             ("++", "c++11"), ("++", "c++14"), ("++", "c++17")]
        for family in [("gcc", "g++"), ("clang", "clang++")] {
            for (suffix, std) in dialects {
                for level in ["-O0", "-O1", "-O2", "-O3"] {
                    for native in [false, true] {
                        var flags = std.map { ["-std=\($0)"] } ?? []
                        flags.append(level)
                        if native { flags.append("-march=native") }
                        builds.append(Build(compiler: suffix.isEmpty ? family.0 : family.1, flags: flags))
                    }
                }
            }
        }
        return builds
    }

    func testCTwinMatchesSwift() throws {
        let full = ProcessInfo.processInfo.environment["RK_C_MATRIX"] == "full"
        let builds = full ? Self.fullMatrix : Self.ciBuilds
        let header = Repo.file("Sources/CRandomKeys/include/randomkeys.h")
        XCTAssertTrue(FileManager.default.fileExists(atPath: header.path), "missing \(header.path)")
        let dir = try Toolchain.temporaryDirectory("ctwin")
        defer { try? FileManager.default.removeItem(at: dir) }
        let cSource = dir.appendingPathComponent("twin.c"), cxxSource = dir.appendingPathComponent("twin.cpp")
        try Self.program.write(to: cSource, atomically: true, encoding: .utf8)
        try Self.program.write(to: cxxSource, atomically: true, encoding: .utf8)

        let keys = Self.keys()
        let input = keys.map { "\(Self.implementationCodes[$0.implementation]!) \($0.keyData[0]) \($0.keyData[1])" }
            .joined(separator: "\n") + "\n"
        let swiftLines = keys.map { Self.swiftLine($0).trimmingCharacters(in: .whitespaces) }
        var failed: [String] = []
        for (index, build) in builds.enumerated() {
            guard let compiler = Toolchain.onPath(build.compiler) else {
                XCTFail("\(build.compiler) is not on PATH (Scripts/test.sh installs gcc, g++ and clang)")
                failed.append("\(build): no compiler")
                continue
            }
            let binary = dir.appendingPathComponent("twin\(index)")
            let compile = try Toolchain.run(compiler, build.flags + Self.warnings + [
                "-I", header.deletingLastPathComponent().path,
                (build.cxx ? cxxSource : cSource).path, "-o", binary.path, "-lm"])
            guard compile.status == 0 else {
                XCTFail("\(build): the C twin does not compile cleanly:\n\(compile.stderr)")
                failed.append("\(build): compile error")
                continue
            }
            let run = try Toolchain.run(binary.path, [], input: input)
            XCTAssertEqual(run.status, 0, "\(build): \(run.stderr)")
            let cLines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            XCTAssertEqual(cLines.count, keys.count, "\(build)")
            var mismatches = 0
            for (i, (swiftLine, cLine)) in zip(swiftLines, cLines).enumerated() where swiftLine != cLine {
                mismatches += 1
                if mismatches <= 2 { XCTFail("\(build): C and Swift differ for \(keys[i]):\n  swift: \(swiftLine)\n  c:     \(cLine)") }
            }
            if mismatches > 0 || cLines.count != keys.count || run.status != 0 {
                failed.append("\(build): \(mismatches) of \(keys.count) keys differ")
            }
            try? FileManager.default.removeItem(at: binary)
        }
        print("C twin: \(builds.count - failed.count) of \(builds.count) builds give the Swift streams for \(keys.count) keys"
              + (failed.isEmpty ? "" : "; failing:\n" + failed.joined(separator: "\n")))
        XCTAssertEqual(failed, [])
    }
}
