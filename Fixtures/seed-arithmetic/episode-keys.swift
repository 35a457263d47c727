// One key per episode from seed + episode: episode 1 of this run is episode 0 of a run seeded with seed + 1.
import RandomKeys

func evaluate(policy: (Double) -> Double, seed: UInt64, episodes: Int) -> Double {
    var total = 0.0
    for episode in 0..<episodes {
        let key = RandomKey(seed: seed + UInt64(episode)) // expect: seed-arithmetic
        total += policy(key.uniform())
    }
    return total / Double(episodes)
}
