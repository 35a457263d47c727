// Value-type generator copies: var b = a, by-value arguments, a stored copy of an inout generator, closure copies.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 { state &+= 1; return state }
}

func roll(_ rng: SplitMix) -> Int {
    var local = rng
    return Int.random(in: 1...6, using: &local)
}

struct Box {
    var rng: SplitMix
    init(rng: inout SplitMix) { self.rng = rng }
}

func main1() {
    var a = SplitMix(seed: 1)
    var b = a
    _ = a.next()
    _ = b.next()
    let x = roll(a)
    let y = roll(a)
    let c = a
    let f = { [c] in var d = c; return d.next() }
    _ = a.next()
    print(x, y, f())
}
