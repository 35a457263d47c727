extension RandomKey {
    /// Two new keys: `jax.random.split(key)` (= `split(key, 2)`). After splitting, use only the
    /// new keys, never `self` again.
    @inlinable
    public func split() -> (RandomKey, RandomKey) {
        (derivedKey(0, of: 2), derivedKey(1, of: 2))
    }

    /// `count` new keys: `jax.random.split(key, count)`. In the default layout key `i` equals
    /// `fold(in: i)`, so a worker can derive its own key without the whole array.
    public func split(into count: Int) -> [RandomKey] {
        precondition(count >= 0, "split(into:) needs a non-negative count")
        return [RandomKey](unsafeUninitializedCapacity: count) { buffer, initialized in
            split(into: buffer)
            initialized = count
        }
    }

    /// Writes `buffer.count` new keys, `jax.random.split(key, buffer.count)`, into
    /// uninitialized (or trivially overwritable) memory: the allocation-free bulk form.
    public func split(into buffer: UnsafeMutableBufferPointer<RandomKey>) {
        guard let p = buffer.baseAddress else { return }
        let count = buffer.count
        if implementation == .threefry2x32 {
            // Key j is block j, (y0, y1): the uint64 kernel's word (y0 << 32) | y1.
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.chunkWords) { chunk in
                var j = 0
                while j < count {
                    let words = UnsafeMutableBufferPointer(rebasing: chunk[0..<min(Self.chunkWords, count - j)])
                    ThreefryKernels.wide(key: threefryKey, start: UInt64(j), words)
                    for l in words.indices {
                        (p + j + l).initialize(to: RandomKey(unchecked: .threefry2x32, words[l] >> 32, words[l] & 0xFFFF_FFFF))
                    }
                    j += words.count
                }
            }
        } else {
            for i in 0..<count { (p + i).initialize(to: derivedKey(UInt64(i), of: UInt64(count))) }
        }
    }

    /// A new key derived from this one and `data`: `jax.random.fold_in(key, data)`. Folding
    /// does not use up the key for further folds: `key.fold(in: step)` for each step or worker
    /// index is the intended way to derive per-step keys (as in JAX). But `fold(in: i)` is the
    /// same key as `split(into: n)[i]` (JAX's partitionable layout), so a key that is folded
    /// must not also be split or drawn from, nor folded twice with the same value.
    ///
    /// `data` is JAX's uint32: negative values wrap (`-1` is `0xFFFFFFFF`); values outside
    /// `Int32.min...UInt32.max` are a precondition failure.
    public func fold(in data: some BinaryInteger) -> RandomKey {
        precondition(data >= Int32.min && data <= UInt32.max, "fold(in:) data must fit in 32 bits, as JAX's uint32")
        return foldedKey(UInt32(truncatingIfNeeded: data))
    }
}
