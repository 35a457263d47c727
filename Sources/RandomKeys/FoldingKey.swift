/// A fold-only key: what `UniqueKey.folding()` leaves of a unique key.
///
/// It offers `fold(in:)` and nothing that draws or splits, so the keys it derives
/// (`jax.random.fold_in(key, data)`) can never coincide with a split or a draw of the same
/// key. `fold(in:)` borrows, so one base serves a whole loop:
///
/// ```swift
/// let base = key.folding()                  // `key` is used up here
/// for step in 0..<steps { train(step, key: base.fold(in: step)) }
/// ```
/// Folding one base twice with the same value repeats a key; the type system cannot see that
/// (randlint's `key-reuse` does).
public struct FoldingKey: ~Copyable, Sendable {
    @usableFromInline let key: RandomKey

    @usableFromInline init(_ key: RandomKey) { self.key = key }

    /// The generator this key belongs to.
    public var implementation: RandomKey.Implementation { key.implementation }

    /// `jax.random.fold_in(key, data)` as a new unique key. Borrows this base.
    public borrowing func fold(in data: some BinaryInteger) -> UniqueKey { UniqueKey(key.fold(in: data)) }
}
