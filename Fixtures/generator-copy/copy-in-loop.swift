// Each iteration copies the same generator, so every iteration draws the same number.
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

func noise(count: Int, rng: SplitMix) -> [Double] {
    var out: [Double] = []
    for _ in 0..<count {
        var local = rng // expect: generator-copy
        out.append(Double.random(in: -1...1, using: &local))
    }
    return out
}
