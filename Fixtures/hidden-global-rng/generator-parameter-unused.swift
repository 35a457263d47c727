// The caller passes a seeded generator, but two draws still go to the system generator.
func deal(_ deck: [Int], hands: Int, using rng: inout some RandomNumberGenerator) -> [[Int]] {
    let shuffled = deck.shuffled() // expect: hidden-global-rng
    let dealer = Int.random(in: 0..<hands) // expect: hidden-global-rng
    var result = Array(repeating: [Int](), count: hands)
    for (i, card) in shuffled.enumerated() {
        result[(i + dealer) % hands].append(card)
    }
    return result
}

func coinFlip<G: RandomNumberGenerator>(_ generator: inout G) -> Bool {
    Bool.random() // expect: hidden-global-rng
}
