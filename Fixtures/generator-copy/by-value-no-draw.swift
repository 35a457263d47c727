// The helper takes the generator by value but only reads its state for logging: it never draws.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        return z ^ (z >> 31)
    }
}

func describe(_ rng: SplitMix) -> String {
    "state \(rng.state)"
}

func run(seed: UInt64) -> UInt64 {
    var rng = SplitMix(seed: seed)
    print(describe(rng))
    return rng.next()
}
