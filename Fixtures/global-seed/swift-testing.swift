// Swift Testing: @Test functions are entry points; a seed there is the first on its path.
import Glibc
import Testing

struct LootTable {
    var entries: [(name: String, weight: Double)]

    func roll() -> String {
        let total = entries.reduce(0) { $0 + $1.weight }
        var target = drand48() * total // expect: hidden-global-rng
        for entry in entries {
            target -= entry.weight
            if target <= 0 { return entry.name }
        }
        return entries.last?.name ?? ""
    }
}

@Test func lootTableAlwaysReturnsAnEntry() {
    srand48(5) // expect: global-seed
    let table = LootTable(entries: [("sword", 1), ("shield", 2), ("potion", 7)])
    for _ in 0..<50 {
        #expect(!table.roll().isEmpty)
    }
}

@Test(arguments: [1, 2, 3])
func lootIsDeterministicPerSeed(seed: Int) {
    srand48(seed) // expect: global-seed
    let table = LootTable(entries: [("gold", 1), ("gem", 1)])
    #expect(["gold", "gem"].contains(table.roll()))
}
