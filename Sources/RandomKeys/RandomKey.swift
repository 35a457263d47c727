/// An explicit, immutable, splittable PRNG key (JAX's typed keys).
///
/// Drawing from a key is a pure function of the key: the same key always gives the same
/// numbers. To get fresh numbers, `split` the key and use each new key once; never draw twice
/// from one key. Keys are opaque: there is no arithmetic on them; `keyData` only exposes the
/// words for logging and interoperability (`jax.random.key_data`).
///
/// `RandomKey(seed: s)` is `jax.random.PRNGKey(s)` with `jax_enable_x64=True`: the key words
/// are `[s >> 32, s & 0xFFFFFFFF]` of the seed as a 64-bit integer. (With x64 disabled JAX
/// silently truncates the seed to int32, so seeds outside the int32 range differ.)
@frozen
public struct RandomKey: Sendable, Hashable {
    /// The generator this key belongs to.
    public let implementation: Implementation
    /// Key words; for the 32-bit generators only the low 32 bits are used (and are always the
    /// whole value).
    @usableFromInline let word0: UInt64
    @usableFromInline let word1: UInt64

    @inlinable
    init(unchecked implementation: Implementation, _ word0: UInt64, _ word1: UInt64) {
        self.implementation = implementation
        self.word0 = word0
        self.word1 = word1
    }

    /// A key from an integer seed.
    ///
    /// - threefry2x32 (both layouts): `[seed >> 32, seed & 0xFFFFFFFF]` of the seed as Int64
    ///   (`jax.random.PRNGKey(seed)` with x64 enabled).
    /// - philox4x32: key `(seed & 0xFFFFFFFF, seed >> 32)` as cuRAND's `curand_init(seed, 0, 0)`.
    /// - philox4x64: key `(seed, 0)` as numpy's `Philox(key=seed)` for `seed >= 0`.
    /// - jaxPhilox4x32: words 0 and 1 of the block with key `(0, 0)` and counter
    ///   `(seed >> 32, seed & 0xFFFFFFFF, 0, 0)`, as `jax.random.key(seed, impl="philox4x32")`.
    public init(seed: some BinaryInteger, implementation: Implementation = .threefry2x32) {
        let s = UInt64(bitPattern: Int64(truncatingIfNeeded: seed))
        switch implementation {
        case .threefry2x32, .threefry2x32Legacy:
            self.init(unchecked: implementation, s >> 32, s & 0xFFFF_FFFF)
        case .philox4x32:
            self.init(unchecked: implementation, s & 0xFFFF_FFFF, s >> 32)
        case .jaxPhilox4x32:
            let b = Philox4x32.block(key: (0, 0), counter: (UInt32(truncatingIfNeeded: s >> 32), UInt32(truncatingIfNeeded: s), 0, 0))
            self.init(unchecked: implementation, UInt64(b.0), UInt64(b.1))
        case .philox4x64:
            self.init(unchecked: implementation, s, 0)
        }
    }

    /// A key from raw key words (two words for every implementation), e.g. a JAX `key_data`
    /// or numpy Philox key words. Returns nil if the count is not 2 or a word does not fit the
    /// implementation's word size.
    public init?(_ implementation: Implementation, keyData: [UInt64]) {
        guard keyData.count == 2 else { return nil }
        if implementation.wordBits == 32, keyData.contains(where: { $0 > UInt64(UInt32.max) }) { return nil }
        self.init(unchecked: implementation, keyData[0], keyData[1])
    }

    /// The raw key words, as `jax.random.key_data(key)` gives them for threefry.
    public var keyData: [UInt64] { [word0, word1] }
}
