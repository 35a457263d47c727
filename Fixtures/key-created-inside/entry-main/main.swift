// The key is built once from a constant at the top of main.swift, an entry point, and passed
// down as split keys. No findings.
import GameplayKit
import RandomKeys

func runSimulation(key: RandomKey, steps: Int) -> Double {
    var total = 0.0
    for stepKey in key.split(into: steps) {
        total += stepKey.normal()
    }
    return total
}

func shuffleDeck(key: RandomKey) -> [Int] {
    key.shuffled(Array(0..<52))
}

let key = RandomKey(seed: 42)
let (simKey, shuffleKey) = key.split()
print(runSimulation(key: simKey, steps: 1_000))
print(shuffleDeck(key: shuffleKey).prefix(5))

let once = UniqueKey(seed: 7)
print(once.uniform())

let legacy = GKMersenneTwisterRandomSource(seed: 42)
print(legacy.nextInt(upperBound: 6))
