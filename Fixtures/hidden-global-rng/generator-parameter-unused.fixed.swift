// The caller passes a seeded generator, but two draws still go to the system generator.
func deal(_ deck: [Int], hands: Int, using rng: inout some RandomNumberGenerator) -> [[Int]] {
    let shuffled = deck.shuffled(using: &rng)
    let dealer = Int.random(in: 0..<hands, using: &rng)
    var result = Array(repeating: [Int](), count: hands)
    for (i, card) in shuffled.enumerated() {
        result[(i + dealer) % hands].append(card)
    }
    return result
}

func coinFlip<G: RandomNumberGenerator>(_ generator: inout G) -> Bool {
    Bool.random(using: &generator)
}
