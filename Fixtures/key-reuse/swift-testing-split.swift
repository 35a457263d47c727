// Swift Testing: one split key per player, each drawn once inside map, and a fold per round.
// No findings.
import RandomKeys
import Testing

let fullDeck = Array(0..<52)

@Test func everyPlayerGetsFiveCards() {
    let key = RandomKey(seed: 2024)
    let playerKeys = key.split(into: 4)
    let hands = playerKeys.map { k in Array(k.shuffled(fullDeck).prefix(5)) }
    #expect(hands.allSatisfy { $0.count == 5 })
}

@Test(arguments: [1, 2, 3])
func roundsAreReproducible(round: Int) {
    let key = RandomKey(seed: 9)
    let a = key.fold(in: round).integer(in: 0..<52)
    let b = key.fold(in: round).integer(in: 0..<52)
    #expect(a == b)
}
