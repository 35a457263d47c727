// A user-defined generator with its own srand: none of these calls is libc's srand.
// No findings.
import Glibc

/// A tiny linear congruential generator that mimics the C API for a port of old code.
struct PortableLCG {
    private var state: UInt32 = 1

    mutating func srand(_ seed: UInt32) {
        state = seed
    }

    mutating func rand() -> UInt32 {
        state = state &* 1_103_515_245 &+ 12_345
        return (state / 65_536) % 32_768
    }

    mutating func reset() {
        srand(1)            // the member: resolves to PortableLCG.srand
        self.srand(1)
    }

    mutating func deal(cards: Int) -> [Int] {
        srand(UInt32(cards))
        return (0..<cards).map { _ in Int(self.rand() % 52) }
    }
}

final class DiceRoller {
    var rng = PortableLCG()

    func replay(seed: UInt32) -> [UInt32] {
        rng.srand(seed)
        var rolls: [UInt32] = []
        for _ in 0..<10 {
            rng.srand(seed)     // a member call, not libc's generator
            rolls.append(rng.rand() % 6 + 1)
        }
        return rolls
    }
}
