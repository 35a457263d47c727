extension RandomKey: Codable {
    private enum CodingKeys: String, CodingKey {
        case implementation
        case data
    }

    /// Encodes as `{"implementation": "threefry2x32-20", "data": [k0, k1]}`. 64-bit words are
    /// encoded as decimal strings so that JSON readers that use doubles do not round them.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(implementation, forKey: .implementation)
        try c.encode([String(word0), String(word1)], forKey: .data)
    }

    /// Decodes what `encode(to:)` wrote (words as decimal strings or as numbers); rejects a
    /// wrong word count or a word too large for the implementation.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let implementation = try c.decode(Implementation.self, forKey: .implementation)
        let words: [UInt64]
        if let strings = try? c.decode([String].self, forKey: .data) {
            let parsed = strings.compactMap { UInt64($0) }
            guard parsed.count == strings.count else {
                throw DecodingError.dataCorruptedError(forKey: .data, in: c, debugDescription: "key words must be unsigned decimal integers")
            }
            words = parsed
        } else {
            words = try c.decode([UInt64].self, forKey: .data)
        }
        guard let key = RandomKey(implementation, keyData: words) else {
            throw DecodingError.dataCorruptedError(forKey: .data, in: c, debugDescription: "expected 2 key words that fit \(implementation)")
        }
        self = key
    }
}
