// A struct generator inside a value-type wrapper: copying the wrapper's generator out and drawing from both.
func forked(seed: UInt64) -> [UInt64] {
    var main = SplitMix(seed: seed)
    var fork = main // expect: generator-copy
    var draws: [UInt64] = []
    for _ in 0..<3 {
        draws.append(main.next())
        draws.append(fork.next())
    }
    return draws
}
