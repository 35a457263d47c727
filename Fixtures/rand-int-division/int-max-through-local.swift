// A project generator's bits stored as Int, then divided by Int.max in integer arithmetic.
struct Lehmer64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed | 1 }

    mutating func next() -> UInt64 {
        state = state &* 0xDA94_2042_E4DD_58B5
        return state
    }
}

func mutationMask(genes: Int, rate: Double, seed: UInt64) -> [Bool] {
    var rng = Lehmer64(seed: seed)
    var mask: [Bool] = []
    for _ in 0..<genes {
        let bits = Int(truncatingIfNeeded: rng.next())
        let u = Double(bits / Int.max) // expect: rand-int-division
        mask.append(abs(u) < rate)
    }
    return mask
}
