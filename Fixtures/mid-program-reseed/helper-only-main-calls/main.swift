// configureRandomness() is only ever called from the top of main.swift, but it is still a
// function, not an entry point: the analysis is per function, so the seed there is a reseed.
import Glibc

func configureRandomness(seed: UInt32) {
    srand(seed) // expect: global-seed, mid-program-reseed
}

func rollInitiative(for names: [String]) -> [(String, Int)] {
    names.map { ($0, Int(rand() % 20) + 1) } // expect: hidden-global-rng, modulo-bias
}

configureRandomness(seed: 42)
for (name, roll) in rollInitiative(for: ["knight", "rogue", "wizard"]) {
    print(name, roll)
}
