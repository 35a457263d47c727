// A per-worker key folded from the run key, and the run key split as well: fold(in: 0) is the
// same key as split(into: 2)[0], so worker 0 and the first half of the split draw alike.
import RandomKeys

func simulate(key: RandomKey, workers: Int) -> [Double] {
    let first = key.fold(in: 0)
    let (left, right) = key.split() // expect: key-reuse
    return [first.uniform(), left.uniform(), right.uniform()]
}
