// A let copy captured by a closure draws through its own copy while the original draws too.
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

func schedule(seed: UInt64) -> (UInt64, () -> UInt64) {
    var rng = SplitMix(seed: seed)
    let snapshot = rng
    let later = {
        var g = snapshot // expect: generator-copy
        return g.next()
    }
    return (rng.next(), later)
}
