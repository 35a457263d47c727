// A bounded Int.random(in:) wrapped with % 100: a hidden draw, but uniform stays uniform.
func shiftedPercent(offset: Int) -> Int {
    (Int.random(in: 0..<100) + offset) % 100 // expect: hidden-global-rng
}
