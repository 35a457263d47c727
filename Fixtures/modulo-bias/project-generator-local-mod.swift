// A forest scatter using the project's Xorshift64 (seeded by the caller) and % width.
struct Xorshift64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed == 0 ? 0x2545_F491_4F6C_DD1D : seed
    }

    mutating func next() -> UInt64 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return state
    }
}

func scatterTrees(count: Int, width: Int, seed: UInt64) -> [Int] {
    var rng = Xorshift64(seed: seed)
    var xs: [Int] = []
    for _ in 0..<count {
        xs.append(Int(rng.next() % UInt64(width))) // expect: modulo-bias
    }
    return xs
}
