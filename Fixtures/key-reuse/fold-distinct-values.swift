// Folding one key with distinct constants and with a loop index derives distinct keys; the key
// itself is never split or drawn. No key-reuse.
import RandomKeys

func streams(key: RandomKey, steps: Int) -> [Double] {
    let noise = key.fold(in: 1)
    let dropout = key.fold(in: 2)
    var out = [noise.normal(), dropout.uniform()]
    for step in 0..<steps {
        out.append(key.fold(in: step + 10).normal())
    }
    return out
}
