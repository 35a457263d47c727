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

    /// The float distributions by vector name without its dtype, at precision `T`.
    static func floatDraws<T: KeyFloat>(_: T.Type) -> [String: (RandomKey) -> [T]] {
        let mean: [T] = [1, -1, 0.5], cov: [[T]] = [[2, 0.3, 0.1], [0.3, 1, 0.2], [0.1, 0.2, 0.5]]
        return [
            "exponential_(8,)": { $0.exponential(count: 8) },
            "gumbel_(8,)": { $0.gumbel(count: 8) },
            "laplace_(8,)": { $0.laplace(count: 8) },
            "logistic_(8,)": { $0.logistic(count: 8) },
            "cauchy_(8,)": { $0.cauchy(count: 8) },
            "lognormal_(8,)": { $0.lognormal(sigma: 0.5, count: 8) },
            "rayleigh_(8,)": { $0.rayleigh(scale: 2, count: 8) },
            "pareto_(8,)": { $0.pareto(3, count: 8) },
            "weibull_min_(8,)": { $0.weibullMin(scale: 2, concentration: 1.5, count: 8) },
            "truncated_normal_(8,)": { $0.truncatedNormal(lower: -1, upper: 2, count: 8) },
            "triangular_(8,)": { $0.triangular(left: 0, mode: 0.3, right: 1, count: 8) },
            "maxwell_(8,)": { $0.maxwell(count: 8) },
            "double_sided_maxwell_(8,)": { $0.doubleSidedMaxwell(loc: 0, scale: 1, count: 8) },
            "wald_(8,)": { $0.wald(mean: 1.5, count: 8) },
            "gamma_0.5_(8,)": { $0.gamma(0.5, count: 8) },
            "gamma_2.5_(8,)": { $0.gamma(2.5, count: 8) },
            "gamma_2.5_()": { $0.gamma(2.5, count: 1) },
            "loggamma_0.3_(8,)": { $0.loggamma(0.3, count: 8) },
            "beta_0.7_3_(8,)": { $0.beta(0.7, 3, count: 8) },
            "dirichlet_(4,3)": { $0.dirichlet([0.5, 1, 2], count: 4).flatMap { $0 } },
            "chisquare_3_(8,)": { $0.chisquare(3, count: 8) },
            "t_4_(8,)": { $0.studentT(4, count: 8) },
            "f_3_5_(8,)": { $0.fDistribution(numerator: 3, denominator: 5, count: 8) },
            "generalized_normal_1.5_(8,)": { $0.generalizedNormal(1.5, count: 8) },
            "ball_3_2_(4,3)": { $0.ball(dimension: 3, p: 2, count: 4).flatMap { $0 } },
            "multivariate_normal_(4,3)": { $0.multivariateNormal(mean: mean, covariance: cov, count: 4).flatMap { $0 } },
            "multinomial_20_(6,3)": { $0.multinomial(trials: 20, probabilities: [0.2, 0.5, 0.3], count: 6).flatMap { $0 } },
            "orthogonal_3_(2,3,3)": { $0.orthogonal(3, count: 2).flatMap { $0 } },
        ]
    }

    static let logits = [0.1, 1.0, -0.5, 2.0]

    func testPolicyVectors() throws {
        var tallies: [String: Tally] = [:]
        var checked = 0
        for (layout, implementation) in [("threefry_partitionable_true", RandomKey.Implementation.threefry2x32),
                                         ("threefry_partitionable_false", .threefry2x32Legacy)] {
            for x64 in [false, true] {
                var seeds = try XCTUnwrap(try Vectors.policy.at([layout, x64 ? "x64_enabled" : "x64_disabled"]) as? [String: Any])
                seeds["philox4x32"] = nil  // JAXPhiloxVectorTests
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
        case "poisson_3.5_(16,)", "poisson_25_(16,)":
            let lam = name == "poisson_25_(16,)" ? 25.0 : 3.5
            let got = key.poisson(lam, count: 16)
            XCTAssertEqual(got.map(Int64.init), Decode.i64s(values), context)
        case let s where s.hasPrefix("categorical_"):
            let replacement = !s.hasSuffix("replace-false")
            let count = replacement ? 8 : 3
            let got = s.contains("float64") ? key.categorical(logits: Self.logits, count: count, replacement: replacement)
                                            : key.categorical(logits: Self.logits.map(Float.init), count: count, replacement: replacement)
            XCTAssertEqual(got.map(Int64.init), Decode.i64s(values), context)
        case "binomial_20_0.3_(16,)", "binomial_100_0.4_(16,)":
            let (n, p) = name.hasPrefix("binomial_20") ? (20.0, 0.3) : (100.0, 0.4)
            let got = x64 ? key.binomial(trials: n, probability: p, count: 16)
                          : key.binomial(trials: Float(n), probability: Float(p), count: 16).map(Double.init)
            XCTAssertEqual(got, Decode.values(entry) as? [Double], context)
        case "choice_5_(3,)_p_replace-false":
            let w = [0.1, 0.2, 0.05, 0.65, 0.0]
            let got = x64 ? key.choice(Int64(5), count: 3, replacement: false, weights: w)
                          : key.choice(Int32(5), count: 3, replacement: false, weights: w.map(Float.init)).map(Int64.init)
            XCTAssertEqual(got, Decode.i64s(values), context)
        default:
            guard let dtype = name.split(separator: "_").first(where: { $0.hasPrefix("float") }) else {
                XCTFail("untested vector entry \(context)"); return
            }
            let base = name.replacingOccurrences(of: "_" + dtype, with: "")
            if dtype == "float32" {
                guard let draw = Self.floatDraws(Float.self)[base] else { XCTFail("untested vector entry \(context)"); return }
                let expected = Decode.f32Bits(entry).map(Float.init(bitPattern:))
                XCTAssertEqual(draw(key).count, expected.count, context)
                let got = draw(key)
                tally(zip(got, expected).map { Self.ulps($0, $1) }, zip(got, expected).map { Self.scaledUlps($0, $1) },
                      "\(base) f32", context, &tallies)
            } else {
                let normal: (RandomKey) -> [Double] = { $0.normal(count: 8) }
                guard let draw = base == "normal_(8,)" ? normal : Self.floatDraws(Double.self)[base] else {
                    XCTFail("untested vector entry \(context)"); return
                }
                let expected = Decode.f64Bits(entry).map(Double.init(bitPattern:))
                let got = draw(key)
                XCTAssertEqual(got.count, expected.count, context)
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
        XCTAssertLessThanOrEqual(scaled.max() ?? 0, Self.bound(label), "\(context): distances in ulps of max(|x|, 1) \(scaled)")
    }

    /// 4 ulp (multinomial's counts: exact), with wider bounds where an input's few ulp grow: wald's
    /// `x = mean + mean²y/2 − (mean/2)·sqrt(4·mean·y + mean²y²)` cancels; the gamma family
    /// cubes `1 + c·normal`; F divides two chi-squares.
    static func bound(_ label: String) -> Double {
        if label.hasPrefix("multinomial_") { return 0 }
        if label == "wald_(8,) f64" { return 32 }
        if label.hasPrefix("f_") { return 12 }
        let gammaFamily = ["gamma_", "loggamma_", "beta_", "chisquare_", "t_", "dirichlet_", "generalized_normal_", "ball_"]
        return gammaFamily.contains(where: label.hasPrefix) ? 8 : 4
    }
}
