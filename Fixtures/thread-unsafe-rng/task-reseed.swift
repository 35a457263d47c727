// A background Task reseeds the C generator while the caller keeps drawing from it.
import Glibc

func startBackgroundShuffle(seed: Int) -> Task<Int, Never> {
    let task = Task {
        srand48(seed) // expect: global-seed, mid-program-reseed, thread-unsafe-rng
        return Int(lrand48() % 52) // expect: hidden-global-rng, modulo-bias, thread-unsafe-rng
    }
    return task
}
