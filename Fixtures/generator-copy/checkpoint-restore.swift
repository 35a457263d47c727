// A copy kept as a checkpoint and only drawn from after the original is discarded: one stream at a time.
func replayable(seed: UInt64) -> (UInt64, UInt64) {
    var rng = SplitMix(seed: seed)
    let checkpoint = rng
    let first = rng.next()
    rng = checkpoint
    let replayed = rng.next()
    return (first, replayed)
}
