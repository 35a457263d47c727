// Two players copy one generator: both hands are dealt the same cards.
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

func deal(deck: [Int], seed: UInt64) -> ([Int], [Int]) {
    var rng = SplitMix(seed: seed)
    var other = rng // expect: generator-copy
    let first = deck.shuffled(using: &rng)
    let second = deck.shuffled(using: &other)
    return (Array(first.prefix(5)), Array(second.prefix(5)))
}
