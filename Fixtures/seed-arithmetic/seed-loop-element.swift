// Iterating over the seeds themselves: each element is a seed, nothing is added to it.
import RandomKeys

func ensemble(seeds: [UInt64]) -> [Double] {
    var means: [Double] = []
    for seed in seeds {
        let key = RandomKey(seed: seed)
        means.append(key.split(into: 100).map { $0.uniform() }.reduce(0, +) / 100)
    }
    return means
}
