/// A `RandomNumberGenerator` view of a key, so stdlib APIs draw from it:
/// `Int.random(in: 0..<6, using: &g)`, `xs.shuffled(using: &g)`.
///
/// `next()` returns word 0, 1, 2, … of the key's 64-bit stream: for threefry the elements of
/// `jax.random.bits(key, (n,), uint64)` (partitionable layout), for Philox-4x64 numpy's
/// `Philox.random_raw()`. The generator is a value: copying it and drawing from both copies
/// repeats numbers (randlint's `generator-copy`), so pass it `inout`.
public struct KeyGenerator: RandomNumberGenerator, Sendable {
    public let key: RandomKey
    /// Index of the next word.
    public private(set) var position: UInt64

    public init(key: RandomKey, position: UInt64 = 0) {
        self.key = key
        self.position = position
    }

    public mutating func next() -> UInt64 {
        defer { position &+= 1 }
        return key.word64(at: position)
    }
}
