// RAND_MAX converted before adding one (Double) or widened to Int first: no Int32 overflow.
import Glibc

func uniformOpen() -> Double {
    Double(rand()) / (Double(RAND_MAX) + 1) // expect: hidden-global-rng
}

func histogramWidth() -> Int {
    Int(RAND_MAX) + 1
}
