// Seeds read from a list, one per run: not arithmetic on a base.
import RandomKeys

func replay(seeds: [UInt64]) -> [Double] {
    var out: [Double] = []
    for i in seeds.indices {
        let key = RandomKey(seed: seeds[i])
        out.append(key.uniform())
    }
    return out
}
