// The project's PCG32 takes its seed as the first, unlabeled argument; here the seed is the pid.
import Glibc

struct PCG32: RandomNumberGenerator {
    private var state: UInt64
    private let increment: UInt64

    init(_ seed: UInt64, stream: UInt64) {
        increment = (stream << 1) | 1
        state = seed &+ increment
    }

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ increment
        return state ^ (state >> 29)
    }
}

var rng = PCG32(UInt64(getpid()), stream: 54) // expect: time-seed
var deck = Array(1...10)
deck.shuffle(using: &rng)
print(deck)
