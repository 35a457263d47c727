// The generator goes by value to a helper that draws from its copy: every call rolls the same.
func rollDie(_ rng: SplitMix) -> Int {
    var rng = rng
    return Int.random(in: 1...6, using: &rng)
}

func rollTwice(seed: UInt64) -> (Int, Int) {
    let rng = SplitMix(seed: seed)
    let a = rollDie(rng) // expect: generator-copy
    let b = rollDie(rng) // expect: generator-copy
    return (a, b)
}
