// Methods that only look like seeding: a user type's seed(_:), a reset on a config, an
// Objective-C-style setter. None of them is a libc seeding call. No findings.
import Glibc

protocol SeedableGenerator {
    mutating func seed(_ value: UInt64)
    mutating func next() -> UInt64
}

struct SplitMix64: SeedableGenerator {
    private var state: UInt64 = 0

    mutating func seed(_ value: UInt64) { state = value }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct SimulationConfig {
    var srand48Compatible = false
    var initialState: [UInt16] = []

    mutating func setstate(_ words: [UInt16]) { initialState = words }
}

func runTrials<G: SeedableGenerator>(_ generator: inout G, trials: Int) -> UInt64 {
    var acc: UInt64 = 0
    for trial in 0..<trials {
        generator.seed(UInt64(trial))
        acc ^= generator.next()
    }
    var config = SimulationConfig()
    config.setstate([1, 2, 3])
    return acc
}
