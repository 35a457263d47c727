// static func main() of an @main type is an entry point: building the root key (and a seeded
// GameplayKit source) there from a constant is where it belongs. No findings.
import GameplayKit
import RandomKeys

struct Trainer {
    var weights: [Double]

    mutating func epoch(key: RandomKey) {
        var i = 0
        for k in key.split(into: weights.count) {
            weights[i] -= 0.01 * k.normal()
            i += 1
        }
    }
}

@main
struct TrainerCLI {
    static func main() {
        var key = RandomKey(seed: 0x5EED)
        var trainer = Trainer(weights: Array(repeating: 0, count: 8))
        for _ in 0..<10 {
            let sub: RandomKey
            (key, sub) = key.split()
            trainer.epoch(key: sub)
        }
        let dice = GKMersenneTwisterRandomSource(seed: 6)
        print(trainer.weights, dice.nextInt(upperBound: 6))
    }
}
