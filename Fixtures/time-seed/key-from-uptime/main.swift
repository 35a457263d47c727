// The root key is built from the monotonic clock's nanoseconds: a fresh, unrecorded seed per run.
import Dispatch
import RandomKeys

func trainStep(key: RandomKey, weights: [Double]) -> [Double] {
    var out = weights
    for (i, k) in key.split(into: weights.count).enumerated() {
        out[i] -= 0.01 * k.normal()
    }
    return out
}

let key = RandomKey(seed: DispatchTime.now().uptimeNanoseconds) // expect: time-seed
print(trainStep(key: key, weights: [0.5, -0.25, 1.0]))
