// A card game that shuffles and picks with the system generator: no seed can replay a deal.
struct PlayingCard: Hashable {
    var rank: Int
    var suit: Int
}

struct Table {
    var deck: [PlayingCard] = (0..<4).flatMap { suit in (1...13).map { PlayingCard(rank: $0, suit: suit) } }
    var players: [String]

    mutating func newRound() -> String? {
        deck.shuffle() // expect: hidden-global-rng
        return players.randomElement() // expect: hidden-global-rng
    }

    func burnCards() -> [PlayingCard] {
        Array(deck.shuffled().prefix(3)) // expect: hidden-global-rng
    }
}
