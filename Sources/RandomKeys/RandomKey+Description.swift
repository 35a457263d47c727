extension RandomKey: CustomStringConvertible {
    /// `RandomKey(threefry2x32-20: [0, 42])`: the implementation and the key words, enough to
    /// recreate the key with `init(_:keyData:)`.
    public var description: String {
        "RandomKey(\(implementation.rawValue): [\(word0), \(word1)])"
    }
}
