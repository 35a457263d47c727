// A UniqueKey consumed into a fold-only base: folding the base twice with one constant
// derives one key twice (the type system cannot see that; randlint does).
import RandomKeys

func twoLayers(seed: UInt64) -> (Double, Double) {
    let unique = UniqueKey(seed: seed)
    let base = unique.folding()
    let first = base.fold(in: 0).normal()
    let second = base.fold(in: 0).normal() // expect: key-reuse
    return (first, second)
}
