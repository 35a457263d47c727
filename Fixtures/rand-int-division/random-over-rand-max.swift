// random() / Int(RAND_MAX) is Int division: the "uniform" fraction is 0 except once in 2^31 draws.
import Glibc

func flicker(base: Double) -> Double {
    let fraction = Double(random() / Int(RAND_MAX)) // expect: hidden-global-rng, rand-int-division
    return base * (0.9 + 0.2 * fraction)
}
