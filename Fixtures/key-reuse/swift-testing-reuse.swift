// Swift Testing: a fairness test that draws the same key 600 times, and a typo that draws the
// first split key twice instead of using the second.
import RandomKeys
import Testing

let deck = Array(0..<52)

@Test func diceAreFair() {
    let key = RandomKey(seed: 7)
    var counts = [Int](repeating: 0, count: 6)
    for _ in 0..<600 {
        counts[key.integer(in: 0..<6)] += 1 // expect: key-reuse
    }
    #expect(counts.allSatisfy { $0 > 50 })
}

@Test func twoPlayersGetDifferentHands() {
    let key = RandomKey(seed: 1)
    let (k1, k2) = key.split()
    let hand1 = Array(k1.shuffled(deck).prefix(5))
    let hand2 = Array(k1.shuffled(deck).prefix(5)) // expect: key-reuse
    #expect(hand1 != hand2)
    #expect(k2.uniform() < 1)
}
