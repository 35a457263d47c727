// The helper takes the generator by value but only reads its state for logging: it never draws.
func describe(_ rng: SplitMix) -> String {
    "state \(rng.state)"
}

func run(seed: UInt64) -> UInt64 {
    var rng = SplitMix(seed: seed)
    print(describe(rng))
    return rng.next()
}
