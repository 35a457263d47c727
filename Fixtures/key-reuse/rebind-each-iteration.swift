// Keys re-bound inside each iteration: a new key per seed, a new subkey per pass through a
// while loop. Nothing bound outside the loop is drawn inside it. No findings.
import RandomKeys

func sweepSeeds(_ seeds: [UInt64]) -> [Double] {
    var results: [Double] = []
    for seed in seeds {
        let key = RandomKey(seed: seed)
        results.append(key.uniform())
    }
    return results
}

func perRunNoise(runs: Int) -> [Double] {
    var noise: [Double] = []
    for run in 0..<runs {
        let runKey = RandomKey(seed: UInt64(run))
        noise.append(runKey.normal())
    }
    return noise
}

func sampleUntilAccepted(key: RandomKey, threshold: Double) -> Double {
    var k = key
    var candidate = 0.0
    repeat {
        let (next, sub) = k.split()
        k = next
        candidate = sub.uniform()
    } while candidate > threshold
    return candidate
}
