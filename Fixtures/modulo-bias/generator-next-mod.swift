// A die roll reducing a generator's raw 64 bits with % sides: biased unless sides is a power of two.
func rollDie<G: RandomNumberGenerator>(sides: Int, using generator: inout G) -> Int {
    Int(generator.next() % UInt64(sides)) + 1 // expect: modulo-bias
}

func rollPool<G: RandomNumberGenerator>(dice: Int, sides: Int, using generator: inout G) -> [Int] {
    var results: [Int] = []
    for _ in 0..<dice {
        results.append(rollDie(sides: sides, using: &generator))
    }
    return results
}
