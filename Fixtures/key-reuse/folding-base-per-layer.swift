// The intended use of a fold-only base: one fold per layer index.
import RandomKeys

func layers(seed: UInt64, count: Int) -> [Double] {
    let unique = UniqueKey(seed: seed)
    let base = unique.folding()
    return (0..<count).map { layer in base.fold(in: UInt64(layer)).normal() }
}
