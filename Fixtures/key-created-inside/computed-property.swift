// A game entity whose computed property builds a key from a constant: every read returns the
// same key, so every "random" wander goes the same way.
import RandomKeys

struct Slime {
    var x = 0
    var y = 0

    var wanderKey: RandomKey {
        RandomKey(seed: 99) // expect: key-created-inside
    }

    mutating func step() {
        let (dxKey, dyKey) = wanderKey.split()
        x += dxKey.integer(in: -1..<2)
        y += dyKey.integer(in: -1..<2)
    }

    var spawnOffset: Int {
        get {
            let key = UniqueKey(seed: 3) // expect: key-created-inside
            return key.integer(in: 0..<8)
        }
    }
}
