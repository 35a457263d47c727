// A Swift Testing test gives the annealer a wall-clock deadline; the key is a fixed seed.
import Foundation
import RandomKeys
import Testing

func anneal(key: RandomKey, until deadline: Date) -> Double {
    var best = 0.0
    for step in 0..<10_000 {
        if Date() >= deadline { break }
        best = max(best, key.fold(in: step).uniform())
    }
    return best
}

@Test func annealingFindsAGoodSolution() {
    let deadline = Date().addingTimeInterval(0.5)
    let key = RandomKey(seed: 99)
    #expect(anneal(key: key, until: deadline) > 0.5)
}
