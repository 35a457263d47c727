// Loot tables: the rarity roll passes a generator, but the item pick forgets `using:`.
struct LootTable {
    var common: [String]
    var rare: [String]

    func roll<G: RandomNumberGenerator>(using generator: inout G) -> String? {
        let isRare = Double.random(in: 0..<1, using: &generator) < 0.05
        if isRare {
            return rare.randomElement(using: &generator)
        }
        return common.randomElement() // expect: hidden-global-rng
    }
}
