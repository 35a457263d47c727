// `tid` is a local constant here, not a worker's id: the seed is the same on every call.
import RandomKeys

func fixture(base: UInt64) -> RandomKey {
    let tid: UInt64 = 7
    return RandomKey(seed: base + tid)
}
