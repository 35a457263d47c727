import RandomKeys

// The key is now split before each use, so the old disable comments silence nothing.
func sample(key: RandomKey) -> (Double, Double) {
    let (a, b) = key.split()
    let x = a.uniform()
    let y = b.uniform()
    return (x, y)
}

func demoDice() -> Int {
    Int.random(in: 1...6) // randlint:disable-line hidden-global-rng -- dice for the demo
}
