// jax.random's gamma family, with JAX's own key use so the numbers are JAX's (up to the C math
// functions' rounding, which can at worst flip one accept/reject decision of a sample).

extension RandomKey {
    /// A scalar draw (`shape=()`) at `T`'s precision.
    @inline(__always) func scalarUniform<T: KeyFloat>() -> T {
        if T.self == Float.self { return (uniform() as Float) as! T }
        if T.self == Double.self { return (uniform() as Double) as! T }
        return T._uniforms(self, count: 1, in: 0..<1)[0]
    }

    @inline(__always) func scalarNormal<T: KeyFloat>() -> T {
        if T.self == Float.self { return (normal() as Float) as! T }
        if T.self == Double.self { return (normal() as Double) as! T }
        return T._normals(self, count: 1)[0]
    }

    /// JAX's `_gamma_one`: Marsaglia–Tsang for `max(alpha, alpha + 1)`, then boosted by
    /// `u^(1/alpha)` when `alpha < 1`. `key, subkey = split(key)`; each attempt splits the loop
    /// key in three (next, normal, uniform) and redraws the normal (splitting again) until
    /// `1 + c·x > 0`. In log space it returns `log d + log V + log1p(-u)/alpha`.
    func gammaOne<T: KeyFloat>(_ alpha: T, logSpace: Bool) -> T {
        let one: T = 1, third = T(1.0 / 3.0)
        let boosted = alpha < one
        let d = (boosted ? alpha + one : alpha) - third
        let c = third / d.squareRoot()
        let (start, subkey) = split()
        var key = start
        var x2: T = 0, v3: T = 1, u: T = 2
        while u >= one - T(0.0331) * (x2 * x2) && T._log(u) >= x2 * T(0.5) + d * ((one - v3) + T._log(v3)) {
            let uniformKey = key.derivedKey(2, of: 3)
            var normalKey = key.derivedKey(1, of: 3), x: T = 0, v: T = -1
            key = key.derivedKey(0, of: 3)
            while v <= 0 {
                let (next, sub) = normalKey.split()
                normalKey = next
                x = sub.scalarNormal()
                v = one.addingProduct(x, c)
            }
            x2 = x * x
            v3 = v * v * v
            u = uniformKey.scalarUniform()
        }
        if logSpace {
            let logSample = T._log1p(-(subkey.scalarUniform() as T))
            let logBoost: T = !boosted || logSample == 0 ? 0 : logSample * (one / alpha)
            return (T._log(d) + T._log(v3)) + logBoost
        }
        let sample = one - (subkey.scalarUniform() as T)
        return (d * v3) * (boosted ? T._pow(sample, one / alpha) : one)
    }

    /// `jax.random.gamma(key, a, (count,), dtype)`: element `i` from `split(key, count)[i]`.
    public func gamma<T: KeyFloat>(_ a: T, count: Int) -> [T] {
        precondition(a > 0, "gamma needs a positive shape")
        return split(into: count).map { $0.gammaOne(a, logSpace: false) }
    }

    /// `jax.random.loggamma(key, a, (count,), dtype)`: the log of a Gamma(a) variate, computed in
    /// log space so that tiny shapes do not underflow.
    public func loggamma<T: KeyFloat>(_ a: T, count: Int) -> [T] {
        precondition(a > 0, "loggamma needs a positive shape")
        return split(into: count).map { $0.gammaOne(a, logSpace: true) }
    }

    /// `jax.random.beta(key, a, b, (count,), dtype)`: `Ga / (Ga + Gb)` from the log-gammas of the
    /// two keys of `split()`.
    public func beta<T: KeyFloat>(_ a: T, _ b: T, count: Int) -> [T] {
        let (ka, kb) = split()
        let la: [T] = ka.loggamma(a, count: count), lb: [T] = kb.loggamma(b, count: count)
        return (0..<count).map { i in
            let m = lb[i] >= la[i] ? lb[i] : la[i]
            let ea = T._exp(la[i] - m), eb = T._exp(lb[i] - m)
            return ea / (ea + eb)
        }
    }

    /// `jax.random.dirichlet(key, alpha, (count,), dtype)`: `count` rows, each the softmax of
    /// `alpha.count` log-gammas (one `(count, alpha.count)` loggamma draw).
    public func dirichlet<T: KeyFloat>(_ alpha: [T], count: Int) -> [[T]] {
        let k = alpha.count
        let keys = split(into: count * k)
        return (0..<count).map { i in
            let logs = (0..<k).map { j in keys[i * k + j].gammaOne(alpha[j], logSpace: true) }
            let m = logs.max() ?? 0
            let e = logs.map { T._exp($0 - m) }
            let sum = e.reduce(0, +)
            return e.map { $0 / sum }
        }
    }

    /// `jax.random.chisquare(key, df, (count,), dtype)`: `2 exp(loggamma(df / 2))`.
    public func chisquare<T: KeyFloat>(_ df: T, count: Int) -> [T] {
        (loggamma(df / 2, count: count) as [T]).map { T._exp($0) * 2 }
    }

    /// `jax.random.t(key, df, (count,), dtype)`: `normal * sqrt((df/2) / gamma(df/2))`, the
    /// normals from the first key of `split()`, the gammas from the second.
    public func studentT<T: KeyFloat>(_ df: T, count: Int) -> [T] {
        let (kn, kg) = split()
        let n = T._normals(kn, count: count), half = df / 2
        let g: [T] = kg.gamma(half, count: count)
        return (0..<count).map { n[$0] * (half / g[$0]).squareRoot() }
    }

    /// `jax.random.f(key, dfnum, dfden, (count,), dtype)`: `(chi²(dfnum)/dfnum) / (chi²(dfden)/dfden)`,
    /// the denominator from the first key of `split()`, the numerator from the second.
    public func fDistribution<T: KeyFloat>(numerator dfnum: T, denominator dfden: T, count: Int) -> [T] {
        let (kd, kn) = split()
        let num: [T] = kn.chisquare(dfnum, count: count), den: [T] = kd.chisquare(dfden, count: count)
        return (0..<count).map { (num[$0] / dfnum) / (den[$0] / dfden) }
    }

    /// `jax.random.generalized_normal(key, p, (count,), dtype)`: `±gamma(1/p)^(1/p)` (the
    /// exponent computed in double, as Python), gamma from the first key of `split()`, the
    /// Rademacher sign from the second.
    public func generalizedNormal<T: KeyFloat>(_ p: T, count: Int) -> [T] {
        let (kg, kr) = split()
        let exponent = T(1 / Double(p))
        let g: [T] = kg.gamma(exponent, count: count), r: [T] = kr.rademacher(count: count)
        return (0..<count).map { r[$0] * T._pow(g[$0], exponent) }
    }

    /// `jax.random.ball(key, d, p, (count,), dtype)`: `count` points of the unit `p`-norm ball in
    /// `dimension` dimensions, `g / (sum |g|^p + e)^(1/p)` with `g` generalized normal (first key
    /// of `split()`) and `e` exponential (second).
    public func ball<T: KeyFloat>(dimension: Int, p: T, count: Int) -> [[T]] {
        let (kg, ke) = split()
        let g: [T] = kg.generalizedNormal(p, count: count * dimension), e: [T] = ke.exponential(count: count)
        let exponent = T(1 / Double(p))
        return (0..<count).map { i in
            let row = g[(i * dimension)..<((i + 1) * dimension)]
            let norm = T._pow(row.reduce(0) { $0 + T._pow(Swift.abs($1), p) } + e[i], exponent)
            return row.map { $0 / norm }
        }
    }
}
