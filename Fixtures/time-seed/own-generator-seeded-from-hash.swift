// A level layout stamps its creation date and seeds its own generator from a hash of the level name.
import Foundation

struct Xoroshiro128: RandomNumberGenerator {
    private var s0: UInt64
    private var s1: UInt64

    init(seed: UInt64) {
        s0 = seed | 1
        s1 = seed ^ 0x9E37_79B9_7F4A_7C15
    }

    mutating func next() -> UInt64 {
        let result = s0 &+ s1
        s1 ^= s0
        s0 = ((s0 << 24) | (s0 >> 40)) ^ s1 ^ (s1 << 16)
        s1 = (s1 << 37) | (s1 >> 27)
        return result
    }
}

func fnv1a(_ text: String) -> UInt64 {
    text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
}

final class LevelLayout {
    let createdAt: Date
    var rng: Xoroshiro128

    init(levelName: String) {
        createdAt = Date()
        rng = Xoroshiro128(seed: fnv1a(levelName))
    }
}
