// A let copy captured by a closure draws through its own copy while the original draws too.
func schedule(seed: UInt64) -> (UInt64, () -> UInt64) {
    var rng = SplitMix(seed: seed)
    let snapshot = rng
    let later = {
        var g = snapshot // expect: generator-copy
        return g.next()
    }
    return (rng.next(), later)
}
