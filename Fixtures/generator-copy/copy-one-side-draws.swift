// Copied, but only the copy draws afterwards; the original is never used again.
func handOff(seed: UInt64) -> [UInt64] {
    let original = SplitMix(seed: seed)
    var mine = original
    return [mine.next(), mine.next()]
}
