// Two players copy one generator: both hands are dealt the same cards.
func deal(deck: [Int], seed: UInt64) -> ([Int], [Int]) {
    var rng = SplitMix(seed: seed)
    var other = rng // expect: generator-copy
    let first = deck.shuffled(using: &rng)
    let second = deck.shuffled(using: &other)
    return (Array(first.prefix(5)), Array(second.prefix(5)))
}
