// Swift's system generator is not a seeded generator or a key; using it in a helper is not
// this rule (it cannot be reproduced at all: hidden-global-rng reports the draws).
func rollD20() -> Int {
    var generator = SystemRandomNumberGenerator()
    return Int.random(in: 1...20, using: &generator)
}

func pickSpawn(_ points: [(Int, Int)]) -> (Int, Int)? {
    points.randomElement() // expect: hidden-global-rng
}
