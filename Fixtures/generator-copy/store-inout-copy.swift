// A simulation stores a copy of the caller's inout generator: the caller's stream never moves.
struct Simulation {
    var rng: SplitMix
    init(rng: inout SplitMix) {
        self.rng = rng // expect: generator-copy
    }
    mutating func step() -> Double { Double.random(in: 0..<1, using: &rng) }
}
