// Passing the generator inout keeps one stream: no copy.
func rollDie(using rng: inout SplitMix) -> Int {
    Int.random(in: 1...6, using: &rng)
}

func rollTwice(seed: UInt64) -> (Int, Int) {
    var rng = SplitMix(seed: seed)
    let a = rollDie(using: &rng)
    let b = rollDie(using: &rng)
    return (a, b)
}
