// The loop index is used next to the draw, not in the seed: one key per call, folded per step.
import RandomKeys

func offsets(seed: UInt64, count: Int) -> [Double] {
    let key = RandomKey(seed: seed)
    var out: [Double] = []
    for i in 0..<count {
        out.append(key.fold(in: UInt64(i)).uniform() + Double(i))
    }
    return out
}
