import RandomKeys

// Dice faces cut from raw bits: 2^32 is not a multiple of 6, so faces 1–4 come up a little
// more often than 5 and 6.
func face(key: RandomKey) -> Int {
    1 + Int(key.bits() % 6) // expect: modulo-bias
}

func card(_ deck: [String], using g: inout some RandomNumberGenerator) -> String {
    deck[Int(g.next()) % deck.count] // expect: modulo-bias
}
