// fold(in:) does not consume its key: folding one key with a worker or step index is the
// intended way to derive per-worker and per-step keys. No findings.
import Dispatch
import RandomKeys

func simulateWorkers(workers: Int, steps: Int, key: RandomKey) -> [Double] {
    (0..<workers).map { worker in
        let workerKey = key.fold(in: worker)
        var x = 0.0
        for step in 0..<steps {
            x += workerKey.fold(in: step).normal()
        }
        return x
    }
}

func parallelEstimates(workers: Int, key: RandomKey) {
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        let w = key.fold(in: worker)
        print("worker \(worker): \(w.uniform())")
    }
}

func epsilonGreedy(step: Int, actions: Int, key: RandomKey) -> Int {
    let exploreKey = key.fold(in: 2 * step)
    let actionKey = key.fold(in: 2 * step + 1)
    return exploreKey.uniform() < 0.1 ? actionKey.integer(in: 0..<actions) : 0
}
