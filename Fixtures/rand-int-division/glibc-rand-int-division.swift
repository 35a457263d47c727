// Swift calling Glibc: rand() / RAND_MAX divides two Int32s, so the probability is 0 almost always.
import Glibc

func shouldExplore(epsilon: Double) -> Bool {
    let p = Double(rand() / RAND_MAX) // expect: hidden-global-rng, rand-int-division
    return p < epsilon
}
