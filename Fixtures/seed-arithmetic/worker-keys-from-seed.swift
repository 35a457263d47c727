import RandomKeys

// One key per worker, seeded base + worker: worker 1 of this run is worker 0 of a run
// seeded one higher.
func workerKeys(base: UInt64, workers: Int) -> [RandomKey] {
    var keys: [RandomKey] = []
    for worker in 0..<workers {
        keys.append(RandomKey(seed: base &+ UInt64(worker))) // expect: seed-arithmetic
    }
    return keys
}
