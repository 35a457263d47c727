/// A key the compiler lets you use only once.
///
/// `UniqueKey` is `~Copyable` and every draw or split is `consuming`, so a second use of the
/// same key is a compile error ("'key' consumed more than once") instead of silently repeated
/// numbers. The numbers are exactly those of the wrapped `RandomKey`.
///
/// ```swift
/// let key = UniqueKey(seed: 42)
/// let pair = key.split()              // key is consumed here
/// let x: Double = pair.first.normal() // each half used once
/// let y: Double = pair.second.uniform()
/// ```
/// or with a closure: `key.split { a, b in (a.normal(), b.uniform()) }`.
public struct UniqueKey: ~Copyable, Sendable {
    @usableFromInline let key: RandomKey

    /// Wraps a key; do not use `key` itself afterwards.
    public init(_ key: RandomKey) { self.key = key }

    /// `UniqueKey(RandomKey(seed: seed, implementation: implementation))`.
    public init(seed: some BinaryInteger, implementation: RandomKey.Implementation = .threefry2x32) {
        self.key = RandomKey(seed: seed, implementation: implementation)
    }

    /// The generator this key belongs to (reading it does not use the key).
    public var implementation: RandomKey.Implementation { key.implementation }

    /// Splits into two unique keys (`jax.random.split(key)`), consuming this one.
    public consuming func split() -> UniqueKeyPair {
        let (a, b) = key.split()
        return UniqueKeyPair(first: UniqueKey(a), second: UniqueKey(b))
    }

    /// Splits and hands both halves to `body`, consuming this key.
    public consuming func split<R>(_ body: (consuming UniqueKey, consuming UniqueKey) throws -> R) rethrows -> R {
        let (a, b) = key.split()
        return try body(UniqueKey(a), UniqueKey(b))
    }

    /// `count` plain keys (`jax.random.split(key, count)`), consuming this one. The array holds
    /// copyable `RandomKey`s: from here on the discipline is yours (or randlint's).
    public consuming func split(into count: Int) -> [RandomKey] { key.split(into: count) }

    /// Turns this key into a fold-only base, consuming it: `let base = key.folding()`, then
    /// `base.fold(in: step)` per step or worker. In JAX's default layout `fold_in(k, i)` is
    /// `split(k)[i]`, so a key that is folded must never also be split or drawn from; consuming
    /// it here makes that a compile error.
    public consuming func folding() -> FoldingKey { FoldingKey(key) }

    @available(*, unavailable, message: "fold through 'folding()': 'let base = key.folding()', then 'base.fold(in:)'; fold_in(k, i) == split(k)[i], so a key must not be both folded and split or drawn")
    public borrowing func fold(in data: some BinaryInteger) -> UniqueKey { fatalError() }

    /// Gives up uniqueness: the plain key, for bulk APIs. Consumes this key.
    public consuming func release() -> RandomKey { key }

    /// Runs `body` with the plain key, consuming this one: `key.use { $0.normal(count: n) }`.
    public consuming func use<R>(_ body: (RandomKey) throws -> R) rethrows -> R { try body(key) }

    public consuming func bits() -> UInt32 { key.bits() }
    @_disfavoredOverload public consuming func bits() -> UInt64 { key.bits() }
    public consuming func uniform() -> Double { key.uniform() }
    @_disfavoredOverload public consuming func uniform() -> Float { key.uniform() }
    public consuming func uniform(in range: Range<Double>) -> Double { key.uniform(in: range) }
    @_disfavoredOverload public consuming func uniform(in range: Range<Float>) -> Float { key.uniform(in: range) }
    public consuming func normal() -> Double { key.normal() }
    @_disfavoredOverload public consuming func normal() -> Float { key.normal() }
    public consuming func integer<T: FixedWidthInteger>(in range: Range<T>) -> T { key.integer(in: range) }
    public consuming func integer<T: FixedWidthInteger>(in range: ClosedRange<T>) -> T { key.integer(in: range) }
    public consuming func bernoulli(_ p: Double) -> Bool { key.bernoulli(p) }
    public consuming func exponential() -> Double { key.exponential() }
    public consuming func gamma(_ shape: Double) -> Double { key.gamma(shape) }
    public consuming func beta(_ a: Double, _ b: Double) -> Double { key.beta(a, b) }
    public consuming func permutation(_ count: Int) -> [Int] { key.permutation(count) }
    public consuming func shuffled<C: Collection>(_ elements: C) -> [C.Element] { key.shuffled(elements) }
    public consuming func choice<C: Collection>(from elements: C) -> C.Element { key.choice(from: elements) }
    public consuming func generator() -> KeyGenerator { key.generator() }
}
