extension RandomKey {
    /// A random permutation of `0..<count`: `jax.random.permutation(key, count)`.
    ///
    /// JAX's algorithm: `ceil(3 * ln(count) / ln(2^32 - 1))` rounds (1 up to about 1600
    /// elements); each round `key, sub = split(key)` and a stable sort by
    /// `bits(sub, (count,))`.
    public func permutation(_ count: Int) -> [Int] {
        permuted(Array(0..<count))
    }

    /// The elements in random order: `jax.random.permutation(key, array)`.
    public func shuffled<C: Collection>(_ elements: C) -> [C.Element] {
        permuted(Array(elements))
    }

    func permuted<T>(_ input: [T]) -> [T] {
        let n = input.count
        let rounds = Int((3 * cLog(Double(Swift.max(1, n))) / cLog(Double(UInt32.max))).rounded(.up))
        var x = input
        var key = self
        for _ in 0..<rounds {
            let (next, sub) = key.split()
            key = next
            let sortKeys: [UInt32] = sub.bits(count: n)
            // Stable: ties keep their current order (XLA's stable sort_key_val).
            let order = (0..<n).sorted { (sortKeys[$0], $0) < (sortKeys[$1], $1) }
            x = order.map { x[$0] }
        }
        return x
    }
}
