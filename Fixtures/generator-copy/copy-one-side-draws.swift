// Copied, but only the copy draws afterwards; the original is never used again.
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

func handOff(seed: UInt64) -> [UInt64] {
    let original = SplitMix(seed: seed)
    var mine = original
    return [mine.next(), mine.next()]
}
