// Unbiased bounded draws: random(in:using:), randomElement(using:) and key.integer(in:).
import RandomKeys

func spawnPoint<G: RandomNumberGenerator>(width: Int, height: Int, using g: inout G) -> (Int, Int) {
    (Int.random(in: 0..<width, using: &g), Int.random(in: 0..<height, using: &g))
}

func pickBiome<G: RandomNumberGenerator>(_ biomes: [String], using g: inout G) -> String? {
    biomes.randomElement(using: &g)
}

func rollD20(key: RandomKey) -> Int {
    key.integer(in: 1...20)
}
