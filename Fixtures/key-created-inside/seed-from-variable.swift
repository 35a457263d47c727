// A roguelike that builds each level's key from the level's own seed, read from a save file:
// the seed is data, not a constant or the clock. No findings.
import RandomKeys

struct SaveFile {
    var seed: UInt64
    var level: Int
}

struct Level {
    var number: Int
    var seed: UInt64
}

func generateLevel(_ level: Level) -> [Int] {
    let seed = level.seed
    let key = RandomKey(seed: seed)
    return key.shuffled(Array(0..<(10 + level.number)))
}

func resume(from save: SaveFile) -> Int {
    let key = RandomKey(seed: save.seed)
    return key.fold(in: save.level).integer(in: 0..<100)
}

func dailyChallenge(dayNumber: Int) -> Int {
    let key = RandomKey(seed: UInt64(dayNumber))
    return key.integer(in: 0..<1_000)
}
