extension RandomKey {
    /// `true` with probability `p`: `jax.random.bernoulli(key, p)` with a float64 uniform.
    public func bernoulli(_ p: Double) -> Bool {
        uniform() < p
    }

    /// An exponential variate with rate 1: `-log1p(-u)` (`jax.random.exponential`, float64).
    public func exponential() -> Double {
        -cLog1p(-uniform())
    }

    /// A Gamma(shape, 1) variate: `jax.random.gamma(key, shape)` with x64 (float64).
    public func gamma(_ shape: Double) -> Double {
        precondition(shape > 0, "gamma(_:) needs a positive shape")
        return gamma(shape, count: 1)[0]
    }

    /// A Beta(a, b) variate: `jax.random.beta(key, a, b)` with x64 (float64).
    public func beta(_ a: Double, _ b: Double) -> Double {
        precondition(a > 0 && b > 0, "beta(_:_:) needs positive shapes")
        return beta(a, b, count: 1)[0]
    }
}
