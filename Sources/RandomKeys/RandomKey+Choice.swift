extension RandomKey {
    /// One element chosen uniformly: `jax.random.choice(key, n)` (`randint` int32 layout).
    public func choice<C: Collection>(from elements: C) -> C.Element {
        precondition(!elements.isEmpty, "choice(from:) needs a non-empty collection")
        return choice(from: elements, count: 1)[0]
    }

    /// `count` elements, as `jax.random.choice(key, a, (count,), replace, p)` with int32
    /// indices (JAX's default) and float64 weights; `choice(_:count:replacement:weights:)`
    /// picks both precisions. Weights need not sum to 1; negative weights are a precondition
    /// failure.
    public func choice<C: Collection>(
        from elements: C, count: Int, replacement: Bool = true, weights: [Double]? = nil
    ) -> [C.Element] {
        let pool = Array(elements)
        precondition(pool.count <= Int(Int32.max), "choice: more than Int32.max elements")
        let n = Int32(pool.count)
        let indices = weights.map { choice(n, count: count, replacement: replacement, weights: $0) }
            ?? choice(n, count: count, replacement: replacement)
        return indices.map { pool[Int($0)] }
    }

    /// `count` indices in `0..<n`: `jax.random.choice(key, n, (count,), replace)`. The index type
    /// is JAX's integer dtype: `Int32` as JAX by default, `Int64` as with `jax_enable_x64`.
    /// With replacement `randint(count:in: 0..<n)`; without, the first `count` of
    /// `permutation(n)`.
    public func choice<T: FixedWidthInteger>(_ n: T, count: Int, replacement: Bool = true) -> [T] {
        precondition(count >= 0, "choice needs a non-negative count")
        precondition(n > 0 || count == 0, "choice from nothing")
        precondition(replacement || count <= Int(n), "cannot choose more elements than there are without replacement")
        if count == 0 { return [] }
        if replacement { return randint(count: count, in: 0..<n) }
        return permutation(Int(n)).prefix(count).map { T($0) }
    }

    /// `count` indices in `0..<n` with probabilities proportional to `weights`:
    /// `jax.random.choice(key, n, (count,), replace, p)`, the index type as in
    /// `choice(_:count:replacement:)` and the weights' type as `p`'s dtype (`Float`: float32,
    /// `Double`: float64). With replacement `searchsorted(cumsum(w), total * (1 - u))`; without,
    /// the `count` largest `gumbel + log(w)` (ties to the lower index, as `lax.top_k`).
    public func choice<T: FixedWidthInteger, F: KeyFloat>(
        _ n: T, count: Int, replacement: Bool = true, weights: [F]
    ) -> [T] {
        let size = Int(n)
        precondition(count >= 0, "choice needs a non-negative count")
        precondition(size > 0 || count == 0, "choice from nothing")
        precondition(replacement || count <= size, "cannot choose more elements than there are without replacement")
        precondition(weights.count == size && weights.allSatisfy { $0 >= 0 }, "weights: one non-negative weight per element")
        if count == 0 { return [] }
        if replacement {
            var cumulative: [F] = []
            cumulative.reserveCapacity(size)
            var total: F = 0
            for x in weights { total += x; cumulative.append(total) }
            return F._uniforms(self, count: count, in: 0..<1).map { u in
                let r = total * (1 - u)
                var lo = 0, hi = size  // first index with cumulative[i] >= r (searchsorted, left)
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if cumulative[mid] < r { lo = mid + 1 } else { hi = mid }
                }
                return T(Swift.min(lo, size - 1))
            }
        }
        let g: [F] = gumbel(count: size)
        let scores = (0..<size).map { g[$0] + F._log(weights[$0]) }
        return (0..<size).sorted { (scores[$0], -$0) > (scores[$1], -$1) }.prefix(count).map { T($0) }
    }
}
