// A simulation ensemble that passes one key to several workers: every worker produces the same
// trajectory, so the ensemble's variance is zero.
import Dispatch
import RandomKeys

func simulate(key: RandomKey, steps: Int) -> Double {
    var position = 0.0
    for stepKey in key.split(into: steps) {
        position += stepKey.normal()
    }
    return position
}

func ensemble(key: RandomKey) -> (short: Double, long: Double) {
    let short = simulate(key: key, steps: 100)
    let long = simulate(key: key, steps: 10_000) // expect: key-reuse
    return (short, long)
}

func perturbedRun(key: RandomKey) -> Double {
    let perturbation = key.normal() * 0.01
    return simulate(key: key, steps: 500) + perturbation // expect: key-reuse
}

func parallelRuns(key: RandomKey, workers: Int) {
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        let total = simulate(key: key, steps: 1_000) // expect: key-reuse
        print("worker \(worker): \(total)")
    }
}
