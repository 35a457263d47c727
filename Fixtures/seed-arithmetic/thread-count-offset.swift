// The number of threads (a count, the same for every worker) is mixed into one seed, once.
import RandomKeys

func configure(seed: UInt64, threadCount: Int) -> RandomKey {
    RandomKey(seed: seed &+ UInt64(threadCount))
}
