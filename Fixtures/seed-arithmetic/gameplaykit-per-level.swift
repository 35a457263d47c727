// GameplayKit sources, one per level, from base + level index.
import GameplayKit

func levelSources(base: UInt64, levels: Int) -> [GKMersenneTwisterRandomSource] {
    (0..<levels).map { level in
        GKMersenneTwisterRandomSource(seed: base + UInt64(level)) // expect: seed-arithmetic
    }
}
