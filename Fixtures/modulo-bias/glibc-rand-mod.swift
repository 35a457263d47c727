// Glibc's rand() and random() reduced with % from Swift: hidden draws, and biased.
import Glibc

func rollD6() -> Int {
    Int(rand()) % 6 + 1 // expect: hidden-global-rng, modulo-bias
}

func percentile() -> Int {
    random() % 100 // expect: hidden-global-rng, modulo-bias
}
