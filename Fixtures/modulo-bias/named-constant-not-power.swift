// A named constant that is not a power of two: 37 roulette pockets.
enum Roulette {
    static let pockets = 37
}

func spinWheel<G: RandomNumberGenerator>(using g: inout G) -> Int {
    Int(g.next() % UInt64(Roulette.pockets)) // expect: modulo-bias
}
