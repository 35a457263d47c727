// A class generator is shared by reference: both names advance one stream.
final class SharedLCG: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state
    }
}

func deal(seed: UInt64) -> (UInt64, UInt64) {
    let rng = SharedLCG(seed: seed)
    let alias = rng
    return (rng.next(), alias.next())
}
