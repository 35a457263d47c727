// Each iteration copies the same generator, so every iteration draws the same number.
func noise(count: Int, rng: SplitMix) -> [Double] {
    var out: [Double] = []
    for _ in 0..<count {
        var local = rng // expect: generator-copy
        out.append(Double.random(in: -1...1, using: &local))
    }
    return out
}
