// RAND_MAX + 1 in Int32 arithmetic overflows (a trap in Swift) before the conversion to Double.
import Glibc

func uniformHalfOpen() -> Double {
    Double(rand()) / Double(RAND_MAX + 1) // expect: hidden-global-rng, rand-int-division
}
