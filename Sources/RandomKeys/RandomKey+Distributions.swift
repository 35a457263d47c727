extension RandomKey {
    /// `true` with probability `p`: `jax.random.bernoulli(key, p)` with a float64 uniform.
    public func bernoulli(_ p: Double) -> Bool {
        uniform() < p
    }

    /// An exponential variate with rate 1: `-log1p(-u)` (`jax.random.exponential`, float64).
    public func exponential() -> Double {
        -cLog1p(-uniform())
    }

    /// A Gamma(shape, 1) variate (Marsaglia–Tsang). Attempt `j` draws its normal and uniform
    /// from `fold(in: j).split()`; shapes below 1 use `gamma(shape + 1) * u^(1/shape)`.
    /// Same key, same value; not bit-compatible with `jax.random.gamma`.
    public func gamma(_ shape: Double) -> Double {
        precondition(shape > 0, "gamma(_:) needs a positive shape")
        return cExp(logGamma(shape))
    }

    /// A Beta(a, b) variate: `Ga / (Ga + Gb)` computed in log space (as JAX does), so tiny
    /// shapes do not give 0/0. The two gammas use `split()`'s two keys.
    public func beta(_ a: Double, _ b: Double) -> Double {
        precondition(a > 0 && b > 0, "beta(_:_:) needs positive shapes")
        let (ka, kb) = split()
        let la = ka.logGamma(a), lb = kb.logGamma(b)
        let m = Swift.max(la, lb)
        let ea = cExp(la - m), eb = cExp(lb - m)
        return ea / (ea + eb)
    }

    /// log of a Gamma(shape, 1) variate.
    func logGamma(_ shape: Double) -> Double {
        if shape < 1 {
            // Ga ~ Ga+1 * U^(1/a); in logs to keep tiny shapes finite.
            let (k1, k2) = split()
            let u: Double = k2.uniform()
            return k1.logGamma(shape + 1) + cLog(1 - u) / shape
        }
        let d = shape - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        var attempt: UInt32 = 0
        while true {
            let (kz, ku) = fold(in: attempt).split()
            attempt &+= 1
            let z: Double = kz.normal()
            let t = 1 + c * z
            if t <= 0 { continue }
            let v = t * t * t
            let u: Double = ku.uniform()
            if cLog(1 - u) < 0.5 * z * z + d - d * v + d * cLog(v) {
                return cLog(d * v)
            }
        }
    }
}
