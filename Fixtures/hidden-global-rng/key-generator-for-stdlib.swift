// Stdlib algorithms fed by a generator derived from a key: `using: &g` everywhere.
import RandomKeys

func dealHands(key: RandomKey, players: Int) -> [[Int]] {
    var g = key.generator()
    var deck = Array(0..<52)
    deck.shuffle(using: &g)
    let dealer = Int.random(in: 0..<players, using: &g)
    var hands = Array(repeating: [Int](), count: players)
    for (i, card) in deck.prefix(players * 5).enumerated() {
        hands[(i + dealer) % players].append(card)
    }
    return hands
}
