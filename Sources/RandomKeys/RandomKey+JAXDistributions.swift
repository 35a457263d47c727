// jax.random's distributions over a `KeyFloat` (Float: JAX's float32; Double: float64 with
// x64), each JAX's own transform of `uniform` / `normal` draws in JAX's layout, so the numbers
// are JAX's up to the rounding of the C math functions (see the README's distribution table).

extension RandomKey {
    /// `[0, 1)` at `T`'s precision.
    @inline(__always)
    func unitDraws<T: KeyFloat>(_ count: Int) -> [T] { T._uniforms(self, count: count, in: 0..<1) }

    /// `jax.random.bernoulli(key, p, (count,))`: `uniform < p`, the uniforms at `p`'s precision.
    public func bernoulli<T: KeyFloat>(_ p: T, count: Int) -> [Bool] {
        (unitDraws(count) as [T]).map { $0 < p }
    }

    /// `jax.random.bernoulli(key, p)` with float32 `p` (JAX's default precision).
    @_disfavoredOverload
    public func bernoulli(_ p: Float) -> Bool { bernoulli(p, count: 1)[0] }

    /// `jax.random.rademacher(key, (count,))`: ±1, `2 * bernoulli(0.5) - 1` with the uniforms at
    /// `T`'s precision.
    public func rademacher<T: KeyFloat>(count: Int) -> [T] {
        bernoulli(T(0.5), count: count).map { $0 ? 1 : -1 }
    }

    /// `jax.random.exponential(key, (count,), dtype)`: `-log1p(-u)`.
    public func exponential<T: KeyFloat>(count: Int) -> [T] {
        (unitDraws(count) as [T]).map { -T._log1p(-$0) }
    }

    /// `jax.random.exponential(key)` in float32.
    @_disfavoredOverload
    public func exponential() -> Float { exponential(count: 1)[0] }

    /// `jax.random.gumbel(key, (count,), dtype)`: `-log(-log(u))`, `u` in `[tiny, 1)`.
    public func gumbel<T: KeyFloat>(count: Int) -> [T] {
        T._uniforms(self, count: count, in: T.leastNormalMagnitude..<1).map { -T._log(-T._log($0)) }
    }

    /// `jax.random.laplace(key, (count,), dtype)`: `sign(u) * log1p(-|u|)`, `u` in `(-1, 1)`.
    public func laplace<T: KeyFloat>(count: Int) -> [T] {
        T._uniforms(self, count: count, in: (-1 + T.ulpOfOne / 2)..<1).map { u in
            (u > 0 ? 1 : u < 0 ? -1 : u) * T._log1p(-Swift.abs(u))
        }
    }

    /// `jax.random.logistic(key, (count,), dtype)`: `log(u) - log1p(-u)`, `u` in `[tiny, 1)`.
    public func logistic<T: KeyFloat>(count: Int) -> [T] {
        T._uniforms(self, count: count, in: T.leastNormalMagnitude..<1).map { T._log($0) - T._log1p(-$0) }
    }

    /// `jax.random.cauchy(key, (count,), dtype)`: `tan(pi * (u - 1/2))`, `u` in `[eps, 1)`.
    public func cauchy<T: KeyFloat>(count: Int) -> [T] {
        let pi = T(Double.pi)  // rounded to nearest, as JAX's constant (Float.pi rounds down)
        return T._uniforms(self, count: count, in: T.ulpOfOne..<1).map { T._tan(pi * ($0 - 0.5)) }
    }

    /// `jax.random.lognormal(key, sigma, (count,), dtype)`: `exp(sigma * normal)`.
    public func lognormal<T: KeyFloat>(sigma: T = 1, count: Int) -> [T] {
        T._normals(self, count: count).map { T._exp($0 * sigma) }
    }

    /// `jax.random.rayleigh(key, scale, (count,), dtype)`: `scale * sqrt(-2 log u)`.
    public func rayleigh<T: KeyFloat>(scale: T = 1, count: Int) -> [T] {
        (unitDraws(count) as [T]).map { scale * (T._log($0) * -2).squareRoot() }
    }

    /// `jax.random.pareto(key, b, (count,), dtype)`: `exp(exponential / b)`.
    public func pareto<T: KeyFloat>(_ b: T, count: Int) -> [T] {
        (exponential(count: count) as [T]).map { T._exp($0 / b) }
    }

    /// `jax.random.weibull_min(key, scale, concentration, (count,), dtype)`:
    /// `(-log1p(-u))^(1 / concentration) * scale` (the exponent computed in double, as Python).
    public func weibullMin<T: KeyFloat>(scale: T, concentration: T, count: Int) -> [T] {
        let exponent = T(1 / Double(concentration))
        return (unitDraws(count) as [T]).map { T._pow(-T._log1p(-$0), exponent) * scale }
    }

    /// `jax.random.maxwell(key, (count,), dtype)`: the norm of three normals (a `(count, 3)` draw).
    public func maxwell<T: KeyFloat>(count: Int) -> [T] {
        let z = T._normals(self, count: 3 * count)
        return (0..<count).map { i in
            let x = z[3 * i], y = z[3 * i + 1], w = z[3 * i + 2]
            let sum: T = x * x + y * y + w * w
            return sum.squareRoot()
        }
    }

    /// `jax.random.double_sided_maxwell(key, loc, scale, (count,), dtype)`: a Rademacher sign
    /// (second key of `split()`) times a Maxwell variate (first key), `* scale + loc`.
    public func doubleSidedMaxwell<T: KeyFloat>(loc: T = 0, scale: T = 1, count: Int) -> [T] {
        let (mk, rk) = split()
        let m: [T] = mk.maxwell(count: count), s: [T] = rk.rademacher(count: count)
        return (0..<count).map { s[$0] * m[$0] * scale + loc }
    }

    /// `jax.random.triangular(key, left, mode, right, (count,), dtype)`: the inverse CDF.
    public func triangular<T: KeyFloat>(left: T, mode: T, right: T, count: Int) -> [T] {
        let fc = (mode - left) / (right - left)
        return (unitDraws(count) as [T]).map { u in
            u < fc ? left + (u * (right - left) * (mode - left)).squareRoot()
                   : right - ((1 - u) * (right - left) * (right - mode)).squareRoot()
        }
    }

    /// `jax.random.truncated_normal(key, lower, upper, (count,), dtype)`: `sqrt(2) erfinv(u)`,
    /// `u` uniform in `[erf(lower/sqrt 2), erf(upper/sqrt 2))`, clipped into the open interval.
    public func truncatedNormal<T: KeyFloat>(lower: T, upper: T, count: Int) -> [T] {
        precondition(lower < upper, "truncatedNormal needs lower < upper")
        let sqrt2 = T(2.0.squareRoot())
        let a = T._erf(lower / sqrt2), b = T._erf(upper / sqrt2)
        let lo = lower.nextUp, hi = upper.nextDown
        return T._uniforms(self, count: count, in: a..<b).map { u in
            Swift.min(Swift.max(sqrt2 * T._erfinv(u), lo), hi)
        }
    }

    /// `jax.random.wald(key, mean, (count,), dtype)`: the inverse Gaussian by
    /// Michael–Schucany–Haas, normal from the first key of `split()`, uniform from the second.
    public func wald<T: KeyFloat>(mean: T, count: Int) -> [T] {
        let (k1, k2) = split()
        let v = T._normals(k1, count: count), z: [T] = k2.unitDraws(count)
        let meanSquared = mean * mean
        return (0..<count).map { i in
            let y = v[i] * v[i]
            let root = (meanSquared * (y * y)).addingProduct(4 * mean, y).squareRoot()
            let x = mean.addingProduct(meanSquared * y, 0.5).addingProduct(-(mean / 2), root)
            return z[i] <= mean / (mean + x) ? x : meanSquared / x
        }
    }

    /// `jax.random.geometric(key, p, (count,))`: `floor(log u / log1p(-p)) + 1`, the uniforms
    /// at `p`'s precision (`u = 0` counts as 1, as JAX).
    public func geometric<T: KeyFloat>(_ p: T, count: Int) -> [Int] {
        let denominator = T._log1p(-p)
        return (unitDraws(count) as [T]).map { u in
            Int((T._log(u == 0 ? 1 : u) / denominator).rounded(.down)) + 1
        }
    }
}
