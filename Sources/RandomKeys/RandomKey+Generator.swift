extension RandomKey {
    /// A `RandomNumberGenerator` drawing from this key, for stdlib APIs that take `using:`.
    /// The generator uses up the key: do not also draw from the key directly.
    public func generator() -> KeyGenerator { KeyGenerator(key: self) }
}
