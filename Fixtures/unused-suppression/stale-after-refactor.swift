import RandomKeys

// The key is now split before each use, so the old disable comments silence nothing.
func sample(key: RandomKey) -> (Double, Double) {
    let (a, b) = key.split()
    // randlint:disable-next-line key-reuse -- drew twice from one key before the split // expect: unused-suppression
    let x = a.uniform()
    let y = b.uniform() // randlint:disable-line key-reuse // expect: unused-suppression
    return (x, y)
}

func demoDice() -> Int {
    Int.random(in: 1...6) // randlint:disable-line hidden-global-rng, key-reuse -- dice for the demo // expect: unused-suppression
}
