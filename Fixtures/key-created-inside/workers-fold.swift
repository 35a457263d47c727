// A simulation with workers: each worker's key is folded from the key passed in, never
// constructed. No findings.
import Dispatch
import RandomKeys

struct WorkerResult {
    var worker: Int
    var mean: Double
}

func runWorkers(count: Int, samples: Int, key: RandomKey) -> [WorkerResult] {
    (0..<count).map { worker in
        let workerKey = key.fold(in: worker)
        let draws = workerKey.split(into: samples).map { k in k.uniform() }
        return WorkerResult(worker: worker, mean: draws.reduce(0, +) / Double(samples))
    }
}

func runConcurrently(count: Int, key: RandomKey) {
    DispatchQueue.concurrentPerform(iterations: count) { worker in
        let workerKey = key.fold(in: worker)
        print("worker \(worker) drew \(workerKey.normal())")
    }
}
