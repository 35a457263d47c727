import XCTest
import RandomKeys

/// `policy-vectors.json`: every row of the README's precision-policy and distribution tables
/// against JAX, in both threefry layouts and both `jax_enable_x64` settings.
final class PolicyVectorTests: XCTestCase {
    /// Per distribution and precision: values, bit-exact values, the worst distance in ulps of
    /// the value and the worst in ulps of max(|value|, 1) (the asserted one: near zero a
    /// difference of one ulp in an intermediate like `log u` is many ulps of the result).
    struct Tally { var values = 0; var exact = 0; var worst = 0; var worstScaled = 0.0 }

    static func scaledUlps<T: KeyFloat>(_ a: T, _ expected: T) -> Double {
        if a == expected { return 0 }
        guard a.isFinite && expected.isFinite else { return .infinity }
        return Double((a - expected).magnitude / Swift.max(expected.magnitude, 1).ulp)
    }

    static func ulps(_ a: Float, _ b: Float) -> Int {
        if a == b { return 0 }
        func ordered(_ x: Float) -> Int64 {
            let b = Int64(Int32(bitPattern: x.bitPattern))
            return b < 0 ? Int64(Int32.min) - b : b
        }
        return a.isFinite && b.isFinite ? Int(abs(ordered(a) - ordered(b))) : Int.max
    }

    static func ulps(_ a: Double, _ b: Double) -> Int {
        if a == b { return 0 }
        func ordered(_ x: Double) -> Int64 {
            let b = Int64(bitPattern: x.bitPattern)
            return b < 0 ? Int64.min - b : b
        }
        guard a.isFinite && b.isFinite else { return Int.max }
        let d = ordered(a).subtractingReportingOverflow(ordered(b))
        return d.overflow ? Int.max : Int(d.partialValue.magnitude)
    }

    /// The float distributions by vector name prefix, at precision `T`.
    static func floatDraws<T: KeyFloat>(_: T.Type) -> [String: (RandomKey) -> [T]] {
        [
            "exponential": { $0.exponential(count: 8) },
            "gumbel": { $0.gumbel(count: 8) },
            "laplace": { $0.laplace(count: 8) },
            "logistic": { $0.logistic(count: 8) },
            "cauchy": { $0.cauchy(count: 8) },
            "lognormal": { $0.lognormal(sigma: 0.5, count: 8) },
            "rayleigh": { $0.rayleigh(scale: 2, count: 8) },
            "pareto": { $0.pareto(3, count: 8) },
            "weibull_min": { $0.weibullMin(scale: 2, concentration: 1.5, count: 8) },
            "truncated_normal": { $0.truncatedNormal(lower: -1, upper: 2, count: 8) },
            "triangular": { $0.triangular(left: 0, mode: 0.3, right: 1, count: 8) },
            "maxwell": { $0.maxwell(count: 8) },
            "double_sided_maxwell": { $0.doubleSidedMaxwell(loc: 0, scale: 1, count: 8) },
            "wald": { $0.wald(mean: 1.5, count: 8) },
        ]
    }

    func testPolicyVectors() throws {
        var tallies: [String: Tally] = [:]
        var checked = 0
        for (layout, implementation) in [("threefry_partitionable_true", RandomKey.Implementation.threefry2x32),
                                         ("threefry_partitionable_false", .threefry2x32Legacy)] {
            for x64 in [false, true] {
                let seeds = try XCTUnwrap(try Vectors.policy.at([layout, x64 ? "x64_enabled" : "x64_disabled"]) as? [String: Any])
                XCTAssertEqual(seeds.count, 4)
                for (seedText, entriesAny) in seeds {
                    let seed = Int64(seedText)!
                    let key = x64 ? RandomKey(seed: seed, implementation: implementation)
                                  : RandomKey(seed: UInt32(truncatingIfNeeded: seed), implementation: implementation)
                    for (name, entry) in (entriesAny as! [String: Any]).sorted(by: { $0.key < $1.key }) {
                        let context = "\(layout) x64=\(x64) seed \(seedText) \(name)"
                        try check(name, entry, key: key, x64: x64, context: context, tallies: &tallies)
                        checked += 1
                    }
                }
            }
        }
        let summary = tallies.sorted { $0.key < $1.key }
            .map { "\($0.key): \($0.value.exact)/\($0.value.values) exact, worst \($0.value.worst) ulp, \($0.value.worstScaled) ulp of max(|x|, 1)" }
        print("policy vectors: \(checked) entries checked\n  " + summary.joined(separator: "\n  "))
        XCTAssertGreaterThan(checked, 250)
    }

    private func check(_ name: String, _ entry: Any, key: RandomKey, x64: Bool, context: String,
                       tallies: inout [String: Tally]) throws {
        let values = Decode.values(entry)
        switch name {
        case "uniform_float64_(8,)":
            XCTAssertEqual((key.uniform(count: 8) as [Double]).map(\.bitPattern), Decode.f64Bits(entry), context)
        case "uniform_float64_(8,)_min-2_max3":
            XCTAssertEqual((key.uniform(count: 8, in: -2.0..<3.0) as [Double]).map(\.bitPattern), Decode.f64Bits(entry), context)
        case "bernoulli_0.3_(16,)":
            let got = x64 ? key.bernoulli(0.3 as Double, count: 16) : key.bernoulli(0.3 as Float, count: 16)
            XCTAssertEqual(got.map { $0 ? 1 : 0 }, Decode.i64s(values).map(Int.init), context)
        case "rademacher_int32_(16,)":
            let got: [Int64] = x64 ? (key.rademacher(count: 16) as [Double]).map { Int64($0) }
                                   : (key.rademacher(count: 16) as [Float]).map { Int64($0) }
            XCTAssertEqual(got, Decode.i64s(values), context)
        case "geometric_0.3_(8,)":
            let got = x64 ? key.geometric(0.3 as Double, count: 8) : key.geometric(0.3 as Float, count: 8)
            XCTAssertEqual(got.map(Int64.init), Decode.i64s(values), context)
        case "choice_10_(6,)":
            let got = x64 ? key.choice(Int64(10), count: 6) : key.choice(Int32(10), count: 6).map(Int64.init)
            XCTAssertEqual(got, Decode.i64s(values), context)
        case "choice_10_(4,)_replace-false":
            let got = x64 ? key.choice(Int64(10), count: 4, replacement: false) : key.choice(Int32(10), count: 4, replacement: false).map(Int64.init)
            XCTAssertEqual(got, Decode.i64s(values), context)
        case "choice_4_(6,)_p":
            let w = [0.1, 0.0, 0.6, 0.3]
            let got = x64 ? key.choice(Int64(4), count: 6, weights: w) : key.choice(Int32(4), count: 6, weights: w.map(Float.init)).map(Int64.init)
            XCTAssertEqual(got, Decode.i64s(values), context)
        case "choice_5_(3,)_p_replace-false":
            let w = [0.1, 0.2, 0.05, 0.65, 0.0]
            let got = x64 ? key.choice(Int64(5), count: 3, replacement: false, weights: w)
                          : key.choice(Int32(5), count: 3, replacement: false, weights: w.map(Float.init)).map(Int64.init)
            XCTAssertEqual(got, Decode.i64s(values), context)
        default:
            let parts = name.split(separator: "_")
            guard let dtype = parts.first(where: { $0.hasPrefix("float") }),
                  let base = name.range(of: "_" + dtype).map({ String(name[..<$0.lowerBound]) }) else {
                XCTFail("untested vector entry \(context)"); return
            }
            if dtype == "float32" {
                guard let draw = Self.floatDraws(Float.self)[base] else { XCTFail("untested vector entry \(context)"); return }
                let expected = Decode.f32Bits(entry).map(Float.init(bitPattern:))
                let got = draw(key)
                tally(zip(got, expected).map { Self.ulps($0, $1) }, zip(got, expected).map { Self.scaledUlps($0, $1) },
                      "\(base) f32", context, &tallies)
            } else {
                let normal: (RandomKey) -> [Double] = { $0.normal(count: 8) }
                guard let draw = base == "normal" ? normal : Self.floatDraws(Double.self)[base] else {
                    XCTFail("untested vector entry \(context)"); return
                }
                let expected = Decode.f64Bits(entry).map(Double.init(bitPattern:))
                let got = draw(key)
                tally(zip(got, expected).map { Self.ulps($0, $1) }, zip(got, expected).map { Self.scaledUlps($0, $1) },
                      "\(base) f64", context, &tallies)
            }
        }
    }

    private func tally(_ distances: [Int], _ scaled: [Double], _ label: String, _ context: String,
                       _ tallies: inout [String: Tally]) {
        var t = tallies[label] ?? Tally()
        for (d, s) in zip(distances, scaled) {
            t.values += 1
            if d == 0 { t.exact += 1 }
            t.worst = max(t.worst, d)
            t.worstScaled = max(t.worstScaled, s)
        }
        tallies[label] = t
        XCTAssertEqual(distances.count, 8, context)
        XCTAssertLessThanOrEqual(scaled.max() ?? 0, Self.bound[label, default: 4], "\(context): distances in ulps of max(|x|, 1) \(scaled)")
    }

    /// Wider bounds: wald's `x = mean + mean²y/2 − (mean/2)·sqrt(4·mean·y + mean²y²)` cancels,
    /// so the float64 normal's few ulp (erfinv refined by Newton steps, not XLA's polynomial)
    /// grow by the cancellation.
    static let bound: [String: Double] = ["wald f64": 32]
}
