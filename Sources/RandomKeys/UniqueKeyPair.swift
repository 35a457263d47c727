/// The two halves of `UniqueKey.split()`. Swift has no tuples of noncopyable values, so the
/// pair is a noncopyable struct; its fields can be consumed one at a time
/// (`pair.first.normal()`, then `pair.second.uniform()`) or together with `take`. It is
/// `@frozen` because Swift only allows that partial consumption for frozen types.
@frozen
public struct UniqueKeyPair: ~Copyable, Sendable {
    public let first: UniqueKey
    public let second: UniqueKey

    public init(first: consuming UniqueKey, second: consuming UniqueKey) {
        self.first = first
        self.second = second
    }

    /// Hands both keys to `body`: `key.split().take { a, b in … }`.
    public consuming func take<R>(_ body: (consuming UniqueKey, consuming UniqueKey) throws -> R) rethrows -> R {
        try body(first, second)
    }
}
