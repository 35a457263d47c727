// A simulation stores a copy of the caller's inout generator: the caller's stream never moves.
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

struct Simulation {
    var rng: SplitMix
    init(rng: inout SplitMix) {
        self.rng = rng // expect: generator-copy
    }
    mutating func step() -> Double { Double.random(in: 0..<1, using: &rng) }
}
