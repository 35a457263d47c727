extension RandomKey {
    /// The counter-based generator a key belongs to. Chosen when the key is created, carried by
    /// every key derived from it, never mixed: a key of one implementation only ever produces
    /// keys of the same implementation.
    public enum Implementation: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
        /// Threefry-2x32-20 in JAX's default layout (`jax_threefry_partitionable=True`, the
        /// default since jax 0.5): element `i` of any draw uses the block with counter
        /// `(i >> 32, i & 0xFFFFFFFF)`. Bit-compatible with `jax.random.key`/`PRNGKey`.
        case threefry2x32 = "threefry2x32-20"
        /// Threefry-2x32-20 in JAX's legacy layout (`jax_threefry_partitionable=False`):
        /// `threefry_2x32(key, iota(n))` in halves. Bulk draws are limited to `n < 2^32` words.
        case threefry2x32Legacy = "threefry2x32-20-legacy"
        /// Philox-4x32-10 (Random123), cuRAND's `Philox4_32_10` stream with subsequence 0.
        case philox4x32 = "philox4x32-10"
        /// Philox-4x64-10 (Random123), numpy's `np.random.Philox(key=…, counter=0)` stream.
        case philox4x64 = "philox4x64-10"
        /// Philox-4x32-10 in JAX's layout (`jax.random.key(seed, impl="philox4x32")`, jax ≥ 0.12):
        /// element `i` of any draw uses the block with counter `(i >> 32, i & 0xFFFFFFFF, 0, 0)`
        /// (uint32 bits: the xor of its four words; uint64: `(w0 << 32) | w1`); key `i` of a
        /// split is words 0 and 1 of the block with counter `(0, 0, i >> 32, i & 0xFFFFFFFF)`.
        case jaxPhilox4x32 = "philox4x32-10-jax"

        public var description: String { rawValue }

        /// Bits per key word: 32 for the 32-bit generators, 64 for Philox-4x64.
        public var wordBits: Int { self == .philox4x64 ? 64 : 32 }
    }
}
