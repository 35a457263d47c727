import Foundation
import XCTest
import RandomKeys

/// Goodness of fit with a fixed key: the discrete samplers by a chi-square test against their
/// probability mass function, the continuous ones by their moments. Each statistic is compared
/// with its 0.1% critical value, so a correct sampler fails about once in a thousand keys (this
/// key passes), and a wrong one fails with near certainty at these sample sizes.
final class DistributionFitTests: XCTestCase {
    static let n = 20_000
    /// Fewer for the gamma family: each variate is a rejection loop over scalar draws.
    static let gammaCount = 5_000

    /// The 0.999 quantile of chi-square with `df` degrees of freedom (Wilson–Hilferty).
    static func chiSquareCritical(_ df: Int) -> Double {
        let k = Double(df), z = 3.0902
        return k * pow(1 - 2 / (9 * k) + z * (2 / (9 * k)).squareRoot(), 3)
    }

    /// Pearson's statistic over the values `0...`, bins with expected counts below 5 merged into
    /// their neighbours; fails when it exceeds the 0.1% critical value.
    func assertFits(_ samples: [Int], pmf: @escaping (Int) -> Double, _ label: String) {
        var counts: [Int: Int] = [:]
        for s in samples { counts[s, default: 0] += 1 }
        var statistic = 0.0, bins = 0, observed = 0.0, expected = 0.0, covered = 0.0
        let top = (samples.max() ?? 0) + 1
        for k in 0...top {
            let p = k == top ? max(0, 1 - covered) : pmf(k)
            covered += p
            observed += Double(counts[k] ?? 0)
            expected += p * Double(samples.count)
            if expected >= 5 || k == top {
                if expected > 0 { statistic += (observed - expected) * (observed - expected) / expected; bins += 1 }
                observed = 0; expected = 0
            }
        }
        XCTAssertLessThan(statistic, Self.chiSquareCritical(max(1, bins - 1)), "\(label): chi-square \(statistic) over \(bins) bins")
    }

    /// Sample mean and variance within 4 standard errors of the true ones (the variance's
    /// standard error estimated from the sample's fourth central moment).
    func assertMoments(_ xs: [Double], mean: Double, variance: Double, _ label: String) {
        let count = Double(xs.count)
        let m = xs.reduce(0, +) / count
        let v = xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / (count - 1)
        let m4 = xs.reduce(0) { $0 + pow($1 - m, 4) } / count
        XCTAssertEqual(m, mean, accuracy: 4 * (variance / count).squareRoot(), "\(label) mean")
        XCTAssertEqual(v, variance, accuracy: 4 * ((m4 - v * v) / count).squareRoot(), "\(label) variance")
    }

    func testDiscreteSamplersFitTheirDistributions() {
        let key = RandomKey(seed: 2026)
        for lam in [3.5, 25.0] {
            let logPMF = { (k: Int) in -lam + Double(k) * log(lam) - lgamma(Double(k) + 1) }
            assertFits(key.fold(in: Int(lam)).poisson(lam, count: Self.n), pmf: { exp(logPMF($0)) }, "poisson(\(lam))")
        }
        for (trials, p) in [(20.0, 0.3), (100.0, 0.4), (30.0, 0.9)] {
            let pmf = { (k: Int) -> Double in
                let x = Double(k)
                guard x <= trials else { return 0 }
                let logChoose: Double = lgamma(trials + 1) - lgamma(x + 1) - lgamma(trials - x + 1)
                let logPower: Double = x * log(p) + (trials - x) * log1p(-p)
                return exp(logChoose + logPower)
            }
            let draws: [Double] = key.fold(in: 1000 + Int(trials)).binomial(trials: trials, probability: p, count: Self.n)
            assertFits(draws.map { Int($0) }, pmf: pmf, "binomial(\(trials), \(p))")
        }
        let logits = [0.1, 1.0, -0.5, 2.0]
        let total = logits.map(exp).reduce(0, +)
        assertFits(key.fold(in: 7).categorical(logits: logits, count: Self.n), pmf: { $0 < 4 ? exp(logits[$0]) / total : 0 }, "categorical")
        assertFits(key.fold(in: 8).geometric(0.3, count: Self.n).map { $0 - 1 }, pmf: { 0.3 * pow(0.7, Double($0)) }, "geometric(0.3)")
    }

    func testGammaFamilyMoments() {
        let key = RandomKey(seed: 2027)
        for shape in [0.3, 1.0, 4.5] {
            assertMoments(key.fold(in: 1).gamma(shape, count: Self.gammaCount), mean: shape, variance: shape, "gamma(\(shape))")
        }
        assertMoments(key.fold(in: 2).beta(2.0, 6.0, count: Self.gammaCount), mean: 0.25, variance: 12.0 / (64 * 9), "beta(2, 6)")
        assertMoments(key.fold(in: 3).chisquare(5.0, count: Self.gammaCount), mean: 5, variance: 10, "chisquare(5)")
        assertMoments(key.fold(in: 4).studentT(6.0, count: Self.gammaCount), mean: 0, variance: 1.5, "t(6)")
        assertMoments(key.fold(in: 5).fDistribution(numerator: 4.0, denominator: 20.0, count: Self.gammaCount),
                      mean: 20.0 / 18, variance: 2 * 400 * 22 / (4 * 18 * 18 * 16), "f(4, 20)")
        let rows: [[Double]] = key.fold(in: 6).dirichlet([1, 2, 3], count: Self.gammaCount)
        XCTAssertTrue(rows.allSatisfy { abs($0.reduce(0, +) - 1) < 1e-12 })
        assertMoments(rows.map { $0[2] }, mean: 0.5, variance: 0.5 * 0.5 / 7, "dirichlet([1, 2, 3])[2]")
        let points: [[Double]] = key.fold(in: 7).ball(dimension: 3, p: 2, count: Self.gammaCount)
        let radii = points.map { ($0.map { $0 * $0 }.reduce(0, +)).squareRoot() }
        XCTAssertTrue(radii.allSatisfy { $0 < 1 })
        assertMoments(radii.map { $0 * $0 * $0 }, mean: 0.5, variance: 1.0 / 12, "ball radius cubed (uniform)")
        let counts: [[Double]] = key.fold(in: 9).multinomial(trials: 30, probabilities: [0.2, 0.5, 0.3], count: Self.gammaCount)
        XCTAssertTrue(counts.allSatisfy { $0.reduce(0, +) == 30 && $0.allSatisfy { $0 >= 0 } })
        assertMoments(counts.map { $0[1] }, mean: 15, variance: 7.5, "multinomial(30, [.2, .5, .3])[1]")
        for q in key.fold(in: 10).orthogonal(4, count: 50) as [[Double]] {
            for i in 0..<4 {
                for j in 0..<4 {
                    let dot = (0..<4).map { q[$0 * 4 + i] * q[$0 * 4 + j] }.reduce(0, +)
                    XCTAssertEqual(dot, i == j ? 1 : 0, accuracy: 1e-12)
                }
            }
        }
        let mean = [1.0, -1.0], cov = [[2.0, 0.6], [0.6, 1.0]]
        let xy: [[Double]] = key.fold(in: 8).multivariateNormal(mean: mean, covariance: cov, count: Self.gammaCount)
        assertMoments(xy.map { $0[0] + $0[1] }, mean: 0, variance: 2 + 1 + 2 * 0.6, "x + y of multivariate normal")
    }
}
