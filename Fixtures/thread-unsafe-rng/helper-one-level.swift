// The concurrent closure calls a helper of this file, and the helper draws: reported in the helper.
import Dispatch
import Glibc

func perturb(_ value: Double) -> Double {
    value + Double(random()) / Double(RAND_MAX) // expect: hidden-global-rng, thread-unsafe-rng
}

func perturbAll(_ values: UnsafeMutableBufferPointer<Double>) {
    DispatchQueue.concurrentPerform(iterations: values.count) { i in
        values[i] = perturb(values[i])
    }
}
