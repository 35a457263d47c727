// A token-bucket rate limiter simulation: the count of tokens is model state, not a secret token.
import RandomKeys

func simulateBucket(key: RandomKey, steps: Int) -> Double {
    var level = 0.0
    for (i, sub) in key.split(into: steps).enumerated() {
        let refill = sub.uniform() * 3
        level = min(10, level + refill) - Double(i % 2)
    }
    return level
}
