// A struct generator inside a value-type wrapper: copying the wrapper's generator out and drawing from both.
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

func forked(seed: UInt64) -> [UInt64] {
    var main = SplitMix(seed: seed)
    var fork = main // expect: generator-copy
    var draws: [UInt64] = []
    for _ in 0..<3 {
        draws.append(main.next())
        draws.append(fork.next())
    }
    return draws
}
