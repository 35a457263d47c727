// The per-replica seed goes through a local before it seeds the global generator.
import Glibc

func replicate(base: Int, replicas: Int, body: (Int) -> Void) {
    for r in 0..<replicas {
        let replicaSeed = base * 1000 + r
        srand48(replicaSeed) // expect: global-seed, mid-program-reseed, seed-arithmetic
        body(r)
    }
}
