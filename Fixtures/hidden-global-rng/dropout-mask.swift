// An ML dropout layer whose mask is drawn inside a closure without `using:`.
struct Dropout {
    var rate: Float

    func mask(count: Int) -> [Float] {
        (0..<count).map { _ in
            Float.random(in: 0..<1) < rate ? 0 : 1 / (1 - rate) // expect: hidden-global-rng
        }
    }

    func apply(_ activations: [Float]) -> [Float] {
        zip(activations, mask(count: activations.count)).map { $0 * $1 }
    }
}
