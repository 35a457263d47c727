// The Int32 draw is stored first; r / RAND_MAX is still an integer division.
import Glibc

func acceptanceTest(probability: Double) -> Bool {
    let r = rand() // expect: hidden-global-rng
    let u = Double(r / RAND_MAX) // expect: rand-int-division
    return u < probability
}
