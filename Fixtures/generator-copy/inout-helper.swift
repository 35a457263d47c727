// Passing the generator inout keeps one stream: no copy.
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

func rollDie(using rng: inout SplitMix) -> Int {
    Int.random(in: 1...6, using: &rng)
}

func rollTwice(seed: UInt64) -> (Int, Int) {
    var rng = SplitMix(seed: seed)
    let a = rollDie(using: &rng)
    let b = rollDie(using: &rng)
    return (a, b)
}
