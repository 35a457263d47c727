// A worker's key from the run's seed xor its id: ids 0 and 1 of one run are ids 1 and 0 of seed ^ 1.
import RandomKeys

func runWorker(workerID: Int, seed: UInt64, steps: Int) -> [Double] {
    let key = RandomKey(seed: seed ^ UInt64(workerID)) // expect: seed-arithmetic
    return key.split(into: steps).map { $0.normal() }
}
