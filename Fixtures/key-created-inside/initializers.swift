// A simulation whose convenience initializer invents a key from a literal; the designated
// initializer takes the key (or seed) from its caller, which is fine.
import RandomKeys

final class Simulation {
    let key: RandomKey
    let steps: Int

    init(key: RandomKey, steps: Int) {
        self.key = key
        self.steps = steps
    }

    init(seed: UInt64, steps: Int) {
        self.key = RandomKey(seed: seed)
        self.steps = steps
    }

    init() {
        self.key = RandomKey(seed: 2024) // expect: key-created-inside
        self.steps = 1_000
    }

    func run() -> Double {
        var total = 0.0
        for stepKey in key.split(into: steps) {
            total += stepKey.normal()
        }
        return total
    }
}
