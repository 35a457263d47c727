// A user generator whose members are named like libc's: reseeding it per episode in a loop
// touches only that value, not a process-wide generator. No findings.
struct Drand48Clone {
    private var state: UInt64 = 0x1234_ABCD_330E

    mutating func srand48(_ seed: Int) {
        state = (UInt64(truncatingIfNeeded: seed) << 16) | 0x330E
    }

    mutating func drand48() -> Double {
        state = (state &* 0x5_DEEC_E66D &+ 0xB) & ((1 << 48) - 1)
        return Double(state) / Double(1 << 48)
    }
}

func evaluatePolicy(episodes: Int) -> [Double] {
    var rng = Drand48Clone()
    var returns: [Double] = []
    for episode in 0..<episodes {
        rng.srand48(episode)
        var total = 0.0
        for _ in 0..<50 {
            total += rng.drand48() - 0.5
        }
        returns.append(total)
    }
    return returns
}
