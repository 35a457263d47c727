// The project's SplitMix64 generator seeded from milliseconds since 1970 inside a scheduling helper.
import Foundation

struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func jitteredRetryDelays(attempts: Int, base: Double) -> [Double] {
    var rng = SplitMix64(seed: UInt64(Date().timeIntervalSince1970 * 1_000)) // expect: key-created-inside, time-seed
    var delays: [Double] = []
    for attempt in 0..<attempts {
        delays.append(base * Double(1 << attempt) * Double.random(in: 0.5..<1.5, using: &rng))
    }
    return delays
}
