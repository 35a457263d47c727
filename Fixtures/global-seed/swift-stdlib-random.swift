// Swift's own random APIs use the system generator, which cannot be seeded: none of these is a
// global seed or a reseed; the draws are hidden-global-rng findings.
import Glibc

struct Card: Hashable {
    var rank: Int
    var suit: Int
}

func newDeck() -> [Card] {
    (0..<4).flatMap { suit in (1...13).map { Card(rank: $0, suit: suit) } }
}

func dealHands(players: Int) -> [[Card]] {
    var deck = newDeck()
    deck.shuffle() // expect: hidden-global-rng
    var generator = SystemRandomNumberGenerator()
    let dealer = Int.random(in: 0..<players, using: &generator)
    return (0..<players).map { seat in
        let start = ((seat + dealer) % players) * 5
        return Array(deck[start..<start + 5])
    }
}

func coinFlips(_ n: Int) -> [Bool] {
    (0..<n).map { _ in Bool.random() } // expect: hidden-global-rng
}

func randomSeat(_ seats: [String]) -> String? {
    seats.randomElement() // expect: hidden-global-rng
}
