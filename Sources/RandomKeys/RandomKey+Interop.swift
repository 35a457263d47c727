// Key data in JAX's layout and numpy's seeding.

extension RandomKey.Implementation {
    /// JAX's name for this implementation (`jax.random.key_impl`, the `impl=` argument of
    /// `jax.random.key`): "threefry2x32" for both threefry layouts (the layout is JAX's
    /// `jax_threefry_partitionable` flag, not a different impl), "philox4x32" for
    /// `.jaxPhilox4x32`. nil for `.philox4x32` (cuRAND's stream, not JAX's layout) and
    /// `.philox4x64` (numpy's).
    public var jaxName: String? {
        switch self {
        case .threefry2x32, .threefry2x32Legacy: return "threefry2x32"
        case .jaxPhilox4x32: return "philox4x32"
        case .philox4x32, .philox4x64: return nil
        }
    }

    /// The implementation JAX calls `name`, for threefry in the layout
    /// `jax_threefry_partitionable` selects.
    public init?(jaxName name: String, partitionable: Bool = true) {
        switch name {
        case "threefry2x32": self = partitionable ? .threefry2x32 : .threefry2x32Legacy
        case "philox4x32": self = .jaxPhilox4x32
        default: return nil
        }
    }
}

extension RandomKey {
    /// `jax.random.key_data(key)`: the key as JAX's `uint32[2]`. nil for Philox-4x64, whose key
    /// words are 64-bit (numpy's layout: `keyData`).
    public var keyData32: [UInt32]? {
        implementation.wordBits == 32 ? [UInt32(truncatingIfNeeded: word0), UInt32(truncatingIfNeeded: word1)] : nil
    }

    /// `jax.random.wrap_key_data(data)` for one key: `data` is JAX's `uint32[2]`. nil if the
    /// count is not 2 or the implementation has 64-bit words.
    public init?(_ implementation: Implementation, keyData32 data: [UInt32]) {
        guard data.count == 2, implementation.wordBits == 32 else { return nil }
        self.init(unchecked: implementation, UInt64(data[0]), UInt64(data[1]))
    }

    /// `jax.random.key_data(keys)` of a key array of shape `(n,)`: JAX's `uint32[n, 2]`,
    /// row-major. Every key must have 32-bit words.
    public static func keyData32(_ keys: [RandomKey]) -> [UInt32] {
        keys.flatMap { key -> [UInt32] in
            guard let data = key.keyData32 else { preconditionFailure("keyData32: \(key.implementation) keys have 64-bit words") }
            return data
        }
    }

    /// `jax.random.wrap_key_data(data)` for `data` of shape `(n, 2)`, row-major: `n` keys. nil if
    /// the count is odd or the implementation has 64-bit words.
    public static func keys(_ implementation: Implementation, keyData32 data: [UInt32]) -> [RandomKey]? {
        guard data.count % 2 == 0, implementation.wordBits == 32 else { return nil }
        return stride(from: 0, to: data.count, by: 2).map {
            RandomKey(unchecked: implementation, UInt64(data[$0]), UInt64(data[$0 + 1]))
        }
    }

    /// numpy's `np.random.Philox(seed)`: a Philox-4x64 key whose words are
    /// `SeedSequence(seed).generate_state(2, uint64)`, counter 0.
    public init(numpySeed seed: NumpySeedSequence) {
        let words = seed.generateState64(count: 2)
        self.init(unchecked: .philox4x64, words[0], words[1])
    }
}

/// numpy's `np.random.SeedSequence` (entropy only: no spawn key, pool size 4): turns a seed of
/// any size into well-mixed state words, as numpy's bit generators seed themselves.
public struct NumpySeedSequence: Sendable, Hashable {
    /// The entropy as numpy holds it: the seed's 32-bit words, least significant first.
    public let entropy: [UInt32]
    /// The mixed pool that state words are drawn from.
    public let pool: [UInt32]

    /// `SeedSequence(seed)` for a non-negative integer seed (numpy rejects negative ones).
    public init(_ seed: some BinaryInteger) {
        precondition(seed >= 0, "numpy seeds are non-negative")
        var words: [UInt32] = []
        var rest = seed
        repeat {
            words.append(UInt32(truncatingIfNeeded: rest))
            rest >>= 32
        } while rest > 0
        self.init(entropy: words)
    }

    /// `SeedSequence(entropy)` for a seed given as 32-bit words, least significant first.
    public init(entropy: [UInt32]) {
        self.entropy = entropy
        var hashConstant: UInt32 = 0x43B0_D7E5
        func hashmix(_ value: UInt32) -> UInt32 {
            var v = value ^ hashConstant
            hashConstant = hashConstant &* 0x931E_8875
            v = v &* hashConstant
            return v ^ (v >> 16)
        }
        func mix(_ x: UInt32, _ y: UInt32) -> UInt32 {
            let r = 0xCA01_F9DD &* x &- 0x4973_F715 &* y
            return r ^ (r >> 16)
        }
        var pool = (0..<4).map { hashmix($0 < entropy.count ? entropy[$0] : 0) }
        for source in 0..<4 {
            for destination in 0..<4 where source != destination {
                pool[destination] = mix(pool[destination], hashmix(pool[source]))
            }
        }
        for source in entropy.indices.dropFirst(4) {
            for destination in 0..<4 {
                pool[destination] = mix(pool[destination], hashmix(entropy[source]))
            }
        }
        self.pool = pool
    }

    /// `generate_state(count, uint32)`.
    public func generateState32(count: Int) -> [UInt32] {
        var hashConstant: UInt32 = 0x8B51_F9DD
        return (0..<count).map { i in
            var v = pool[i % pool.count] ^ hashConstant
            hashConstant = hashConstant &* 0x58F3_8DED
            v = v &* hashConstant
            return v ^ (v >> 16)
        }
    }

    /// `generate_state(count, uint64)`: pairs of 32-bit words, low word first.
    public func generateState64(count: Int) -> [UInt64] {
        let words = generateState32(count: 2 * count)
        return (0..<count).map { UInt64(words[2 * $0]) | UInt64(words[2 * $0 + 1]) << 32 }
    }
}
