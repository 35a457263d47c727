// A salt drawn with `using:` from a seeded project generator.
struct Xoshiro: RandomNumberGenerator {
    var state: (UInt64, UInt64)
    init(seed: UInt64) { state = (seed, seed ^ 0x9E37_79B9_7F4A_7C15) }
    mutating func next() -> UInt64 {
        let result = state.0 &+ state.1
        state = (state.1, state.0 ^ (state.1 << 7))
        return result
    }
}

func hashPassword(_ password: String, rng: inout Xoshiro) -> (salt: UInt64, digest: Int) {
    let salt = UInt64.random(in: 0...UInt64.max, using: &rng) // expect: insecure-rng-for-secret
    var hasher = Hasher()
    hasher.combine(salt)
    hasher.combine(password)
    return (salt, hasher.finalize())
}
