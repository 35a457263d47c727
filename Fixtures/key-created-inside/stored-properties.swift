// Keys created by stored-property initializers of types: every instance (and every test that
// builds one) draws the same numbers, and callers cannot inject a key.
import RandomKeys

final class Dealer {
    let key = RandomKey(seed: 1) // expect: key-created-inside
    var deck = Array(0..<52)

    func deal() -> [Int] {
        Array(key.shuffled(deck).prefix(5))
    }
}

struct TerrainConfig {
    var width = 64
    var height = 64
    var noiseKey = RandomKey(seed: 0x5EED) // expect: key-created-inside
}

enum SharedRandomness {
    static let key = RandomKey(seed: 2024) // expect: key-created-inside
}
