// Both operands converted to Double before dividing: a proper fraction in [0, 1].
import Glibc

func shouldExploreCorrectly(epsilon: Double) -> Bool {
    let p = Double(rand()) / Double(RAND_MAX) // expect: hidden-global-rng
    return p < epsilon
}
