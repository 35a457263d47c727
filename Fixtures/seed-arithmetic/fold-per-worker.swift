// The intended pattern: one key, folded with the worker index.
import Dispatch
import RandomKeys

func simulate(key: RandomKey, workers: Int, into results: UnsafeMutableBufferPointer<Double>) {
    DispatchQueue.concurrentPerform(iterations: workers) { w in
        results[w] = key.fold(in: UInt64(w)).uniform()
    }
}
