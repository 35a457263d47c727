// The fix for a per-trial reseed: fold the trial index into a key that is passed in.
// Nothing process-wide is seeded. No findings.
import RandomKeys

func estimatePi(key: RandomKey, trials: Int, samples: Int) -> [Double] {
    var estimates: [Double] = []
    for trial in 0..<trials {
        let trialKey = key.fold(in: trial)
        var inside = 0
        for sample in 0..<samples {
            let (xKey, yKey) = trialKey.fold(in: sample).split()
            let x = xKey.uniform()
            let y = yKey.uniform()
            if x * x + y * y <= 1 { inside += 1 }
        }
        estimates.append(4 * Double(inside) / Double(samples))
    }
    return estimates
}
