// The index of enumerated() added to each configuration's seed.
import Glibc

struct Config { var seed: Int; var steps: Int }

func sweep(_ configs: [Config]) {
    for (i, config) in configs.enumerated() {
        srand48(config.seed + i) // expect: global-seed, mid-program-reseed, seed-arithmetic
        for _ in 0..<config.steps { _ = drand48() } // expect: hidden-global-rng
    }
}
