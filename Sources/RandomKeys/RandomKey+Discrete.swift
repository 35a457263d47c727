// jax.random's categorical, poisson, binomial, multinomial, orthogonal and multivariate_normal
// with JAX's key use.

extension RandomKey {
    /// `jax.random.categorical(key, logits, shape=(count,), replace=)`: with replacement the
    /// argmax (first of equals) of `gumbel + logits` over a `(count, logits.count)` gumbel draw;
    /// without, the `count` largest `logits + gumbel` (ties to the lower index).
    public func categorical<T: KeyFloat>(logits: [T], count: Int, replacement: Bool = true) -> [Int] {
        let n = logits.count
        precondition(n > 0 || count == 0, "categorical needs logits")
        precondition(replacement || count <= n, "cannot draw more categories than there are without replacement")
        if replacement {
            let g: [T] = gumbel(count: count * n)
            return (0..<count).map { i in
                var best = 0
                for j in 1..<Swift.max(n, 1) where g[i * n + j] + logits[j] > g[i * n + best] + logits[best] { best = j }
                return best
            }
        }
        let g: [T] = gumbel(count: n)
        let scores = (0..<n).map { logits[$0] + g[$0] }
        return Array((0..<n).sorted { (scores[$0], -$0) > (scores[$1], -$1) }.prefix(count))
    }

    /// `jax.random.poisson(key, lam, (count,))`, computed in float32 whatever the setting (JAX
    /// converts `lam` to float32): for `lam < 10` Knuth's product of uniforms, for larger `lam`
    /// Hörmann's transformed rejection (PTRS). Both loop over the whole draw as JAX does: every
    /// round splits the loop key and draws `count` uniforms until no element is still running,
    /// so element `i` depends on `count` too.
    public func poisson(_ rate: Double, count: Int) -> [Int] {
        let lam = Float(rate)
        precondition(lam >= 0, "poisson needs a non-negative rate")
        if lam == 0 { return Array(repeating: 0, count: count) }
        return lam < 10 ? poissonKnuth(lam, count: count) : poissonRejection(lam, count: count)
    }

    private func poissonKnuth<T: KeyFloat>(_ lam: T, count: Int) -> [Int] {
        var k = [Int](repeating: 0, count: count)
        var logProduct = [Float](repeating: 0, count: count)
        var key = self
        while logProduct.contains(where: { T($0) > -lam }) {
            let (next, sub) = key.split()
            key = next
            let u: [Float] = sub.uniform(count: count)
            for i in 0..<count {
                if T(logProduct[i]) > -lam { k[i] += 1 }
                logProduct[i] += cLog(u[i])
            }
        }
        return k.map { $0 - 1 }
    }

    /// JAX's whole-draw rejection loop (poisson's PTRS, binomial's BTRS): each round splits the
    /// loop key in three and draws `count` uniforms `u - 1/2` and `v` from the second and third
    /// keys; an element takes the value `attempt` accepts, a later acceptance overwriting an
    /// earlier one (JAX's select), until every element has been accepted once.
    private func rejectionRounds<T: KeyFloat>(count: Int, _ attempt: (_ i: Int, _ u: T, _ v: T) -> T?) -> [T] {
        var result = [T](repeating: -1, count: count)
        var accepted = [Bool](repeating: false, count: count)
        var key = self
        while accepted.contains(false) {
            let keys = key.split(into: 3)
            key = keys[0]
            let us: [T] = keys[1].unitDraws(count), vs: [T] = keys[2].unitDraws(count)
            for i in 0..<count {
                if let k = attempt(i, us[i] - T(0.5), vs[i]) {
                    result[i] = k
                    accepted[i] = true
                }
            }
        }
        return result
    }

    private func poissonRejection<T: KeyFloat>(_ lam: T, count: Int) -> [Int] {
        let logLam = T._log(lam)
        let b = T(0.931) + T(2.53) * lam.squareRoot()
        let a = T(-0.059) + T(0.02483) * b
        let invAlpha = T(1.1239) + T(1.1328) / (b - T(3.4))
        let vR = T(0.9277) - T(3.6224) / (b - 2)
        return rejectionRounds(count: count) { (_, u: T, v: T) -> T? in
            let shifted = T(0.5) - Swift.abs(u)
            let k = ((2 * a / shifted + b) * u + lam + T(0.43)).rounded(.down)
            let s = T._log(v * invAlpha / (a / (shifted * shifted) + b))
            let t = -lam + k * logLam - T._lgamma(k + 1)
            let accept1 = shifted >= T(0.07) && v <= vR
            let reject = k < 0 || (shifted < T(0.013) && v > shifted)
            return accept1 || (!reject && s <= t) ? k : nil
        }.map { Int($0) }
    }

    /// `jax.random.binomial(key, n, p, (count,), dtype)` at `T`'s precision (JAX returns floats):
    /// with `q = min(p, 1 - p)`, inversion by sums of geometric variates when `n q <= 10`, else
    /// Hörmann's BTRS rejection; both loop over the whole draw as JAX does (see `poisson`).
    public func binomial<T: KeyFloat>(trials: T, probability p: T, count: Int) -> [T] {
        precondition(trials >= 0 && p >= 0 && p <= 1, "binomial needs trials >= 0 and 0 <= p <= 1")
        return binomial(trials: [T](repeating: trials, count: count), probability: p)
    }

    /// `jax.random.binomial` with one trial count per element (`trials.count` draws), as JAX
    /// computes it: both samplers over the whole draw, each element taking its own one (an
    /// element the other sampler does not need is given JAX's placeholder parameters, which
    /// still take part in the rejection loop's rounds).
    func binomial<T: KeyFloat>(trials: [T], probability p: T) -> [T] {
        let below = p < T(0.5)
        let q = below ? p : 1 - p
        let inversion = trials.map { $0 * q <= 10 }
        let n = trials.map { $0.rounded(.down) }
        let byInversion: [T] = inversion.contains(true)
            ? binomialInversion(zip(n, inversion).map { $1 ? $0 : 0 }, q) : []
        let byRejection: [T] = inversion.contains(false)
            ? binomialBTRS(zip(n, inversion).map { $1 ? 10_000 : $0 }, inversion.map { $0 ? T(0.5) : q }) : []
        return n.indices.map { i in
            let k = inversion[i] ? byInversion[i] : byRejection[i]
            return below ? k : n[i] - k
        }
    }

    private func binomialInversion<T: KeyFloat>(_ n: [T], _ q: T) -> [T] {
        let count = n.count
        let log1mq = T._log1p(-q)
        var geometricCount = [T](repeating: 0, count: count), sum = [T](repeating: 0, count: count)
        var key = self
        while zip(sum, n).contains(where: { $0 <= $1 }) {
            let (sub, next) = key.split()
            key = next
            let u: [T] = sub.unitDraws(count)
            for i in 0..<count {
                if sum[i] <= n[i] { geometricCount[i] += 1 }
                sum[i] += (T._log(u[i]) / log1mq).rounded(.up)
            }
        }
        return geometricCount.map { $0 - 1 }
    }

    /// JAX's `_stirling_approx_tail` (its series is evaluated at `min(k, 9)`, as JAX does).
    private static func stirlingTail<T: KeyFloat>(_ k: T) -> T {
        let table: [Double] = [0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509,
                               0.0166446911898211, 0.0138761288230707, 0.0118967099458917, 0.0104112652619720,
                               0.00925546218271273, 0.00833056343336287]
        let clamped = Swift.min(Swift.max(k, 0), 9)
        if k <= 9 { return T(table[Int(clamped.rounded(.down))]) }
        let kp1sq = (clamped + 1) * (clamped + 1)
        return (T(1.0 / 12) - (T(1.0 / 360) - T(1.0 / 1260) / kp1sq) / kp1sq) / (clamped + 1)
    }

    private func binomialBTRS<T: KeyFloat>(_ ns: [T], _ ps: [T]) -> [T] {
        rejectionRounds(count: ns.count) { (i, u: T, v: T) -> T? in
            let n = ns[i], p = ps[i]
            let stddev = (n * p * (1 - p)).squareRoot()
            let b = T(1.15) + T(2.53) * stddev
            let a = T(-0.0873) + T(0.0248) * b + T(0.01) * p
            let c = n * p + T(0.5)
            let vR = T(0.92) - T(4.2) / b
            let r = p / (1 - p)
            let alpha = (T(2.83) + T(5.1) / b) * stddev
            let m = ((n + 1) * p).rounded(.down)
            let shifted = T(0.5) - Swift.abs(u)
            let accept1 = shifted >= T(0.07) && v <= vR
            let k = ((2 * a / shifted + b) * u + c).rounded(.down)
            let reject = k < 0 || k > n
            let logV = T._log(v * alpha / (a / (shifted * shifted) + b))
            var bound = (m + T(0.5)) * T._log((m + 1) / (r * (n - m + 1)))
            bound += (n + 1) * T._log((n - m + 1) / (n - k + 1))
            bound += (k + T(0.5)) * T._log(r * (n - k + 1) / (k + 1))
            bound += Self.stirlingTail(m)
            bound += Self.stirlingTail(n - m)
            bound -= Self.stirlingTail(k)
            bound -= Self.stirlingTail(n - k)
            return accept1 || (!reject && logV <= bound) ? k : nil
        }
    }

    /// `jax.random.multinomial(key, n, p, shape=(count,))`: `count` rows of category counts
    /// summing to `trials`: category `j` (key `j` of `split(key, p.count)`) is a binomial of the
    /// trials left with `p[j] / (p[j] + … + p[last])` (clipped to [0, 1]).
    public func multinomial<T: KeyFloat>(trials: T, probabilities p: [T], count: Int) -> [[T]] {
        let k = p.count
        var remaining = [T](repeating: 0, count: k)
        var tail: T = 0
        for j in stride(from: k - 1, through: 0, by: -1) { tail += p[j]; remaining[j] = tail }
        let keys = split(into: k)
        var left = [T](repeating: trials, count: count)
        var rows = [[T]](repeating: [T](repeating: 0, count: k), count: count)
        for j in 0..<k {
            let ratio = Swift.min(Swift.max(p[j] / (remaining[j] == 0 ? 1 : remaining[j]), 0), 1)
            let drawn = keys[j].binomial(trials: left, probability: ratio)
            for i in 0..<count {
                rows[i][j] = drawn[i]
                left[i] -= drawn[i]
            }
        }
        return rows
    }

    /// `jax.random.orthogonal(key, n, (count,), dtype)`: `count` Haar-random orthogonal `n × n`
    /// matrices (row-major), each the Q of a QR factorization of a normal matrix with its columns
    /// signed so that R's diagonal is positive, which makes Q unique (Householder here, LAPACK's
    /// in JAX: the same matrix up to rounding).
    public func orthogonal<T: KeyFloat>(_ n: Int, count: Int) -> [[T]] {
        let z = T._normals(self, count: count * n * n)
        return (0..<count).map { sample in
            var a = Array(z[(sample * n * n)..<((sample + 1) * n * n)])
            var q = [T](repeating: 0, count: n * n)
            for i in 0..<n { q[i * n + i] = 1 }
            for k in 0..<Swift.max(n - 1, 0) {
                var norm: T = 0
                for i in k..<n { norm += a[i * n + k] * a[i * n + k] }
                norm = norm.squareRoot()
                if norm == 0 { continue }
                var v = (k..<n).map { a[$0 * n + k] }
                let alpha = v[0] > 0 ? -norm : norm
                v[0] -= alpha
                var vv: T = 0
                for x in v { vv += x * x }
                if vv == 0 { continue }
                for j in 0..<n {
                    var dot: T = 0
                    for i in k..<n { dot += v[i - k] * a[i * n + j] }
                    let f = 2 * dot / vv
                    for i in k..<n { a[i * n + j] -= f * v[i - k] }
                }
                for r in 0..<n {
                    var dot: T = 0
                    for i in k..<n { dot += q[r * n + i] * v[i - k] }
                    let f = 2 * dot / vv
                    for i in k..<n { q[r * n + i] -= f * v[i - k] }
                }
            }
            for j in 0..<n where a[j * n + j] < 0 {
                for r in 0..<n { q[r * n + j] = -q[r * n + j] }
            }
            return q
        }
    }

    /// `jax.random.multivariate_normal(key, mean, cov, (count,), dtype)` (its default Cholesky
    /// method): `count` rows `mean + L z`, `L` the lower Cholesky factor of `covariance`, `z` a
    /// `(count, mean.count)` normal draw. `covariance` must be symmetric positive definite.
    public func multivariateNormal<T: KeyFloat>(mean: [T], covariance: [[T]], count: Int) -> [[T]] {
        let n = mean.count
        precondition(covariance.count == n && covariance.allSatisfy { $0.count == n }, "covariance must be n × n")
        var l = [[T]](repeating: [T](repeating: 0, count: n), count: n)
        for j in 0..<n {
            var diagonal = covariance[j][j]
            for k in 0..<j { diagonal -= l[j][k] * l[j][k] }
            precondition(diagonal > 0, "covariance is not positive definite")
            l[j][j] = diagonal.squareRoot()
            for i in (j + 1)..<Swift.max(n, j + 1) {
                var s = covariance[i][j]
                for k in 0..<j { s -= l[i][k] * l[j][k] }
                l[i][j] = s / l[j][j]
            }
        }
        let z = T._normals(self, count: count * n)
        return (0..<count).map { row in
            (0..<n).map { i in
                var dot: T = 0
                for j in 0...i { dot += l[i][j] * z[row * n + j] }
                return mean[i] + dot
            }
        }
    }
}
