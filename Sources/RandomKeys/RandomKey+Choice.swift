extension RandomKey {
    /// One element chosen uniformly: `jax.random.choice(key, n)` (`randint` int32 layout).
    public func choice<C: Collection>(from elements: C) -> C.Element {
        precondition(!elements.isEmpty, "choice(from:) needs a non-empty collection")
        return choice(from: elements, count: 1)[0]
    }

    /// `count` elements, as `jax.random.choice(key, a, (count,), replace, p)`:
    /// - with replacement, unweighted: indices `randint(count:in: 0..<n)` (int32);
    /// - without replacement, unweighted: the first `count` of `permutation(n)`;
    /// - with replacement, weighted: inverse CDF, `searchsorted(cumsum(w), total * (1 - u))`;
    /// - without replacement, weighted: the `count` largest Gumbel-perturbed log-weights.
    /// Weights need not sum to 1; negative weights are a precondition failure.
    public func choice<C: Collection>(
        from elements: C, count: Int, replacement: Bool = true, weights: [Double]? = nil
    ) -> [C.Element] {
        let pool = Array(elements)
        let n = pool.count
        precondition(count >= 0, "choice needs a non-negative count")
        precondition(n > 0 || count == 0, "choice from an empty collection")
        precondition(replacement || count <= n, "cannot choose more elements than there are without replacement")
        if let w = weights {
            precondition(w.count == n && w.allSatisfy { $0 >= 0 }, "weights: one non-negative weight per element")
        }
        let indices: [Int]
        switch (replacement, weights) {
        case (true, nil):
            precondition(n <= Int(Int32.max), "choice: more than Int32.max elements")
            indices = randint(count: count, in: Int32(0)..<Int32(n)).map(Int.init)
        case (false, nil):
            indices = Array(permutation(n).prefix(count))
        case (true, let w?):
            var cumulative: [Double] = []
            cumulative.reserveCapacity(n)
            var total = 0.0
            for x in w { total += x; cumulative.append(total) }
            let u: [Double] = uniform(count: count)
            indices = u.map { ui in
                let r = total * (1 - ui)
                var lo = 0, hi = n  // first index with cumulative[i] >= r (searchsorted, left)
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if cumulative[mid] < r { lo = mid + 1 } else { hi = mid }
                }
                return Swift.min(lo, n - 1)
            }
        case (false, let w?):
            let u: [Double] = uniform(count: n, in: Double.leastNormalMagnitude..<1)
            let scores = (0..<n).map { i in -cLog(-cLog(u[i])) + cLog(w[i]) }
            indices = Array((0..<n).sorted { (scores[$0], -$0) > (scores[$1], -$1) }.prefix(count))
        }
        return indices.map { pool[$0] }
    }
}
