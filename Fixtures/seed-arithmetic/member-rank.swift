// A distributed trainer seeds each rank with seed + rank.
import RandomKeys

struct Trainer {
    let rank: Int
    let seed: UInt64

    func dropoutKey() -> RandomKey {
        RandomKey(seed: seed &+ UInt64(self.rank)) // expect: seed-arithmetic
    }
}
