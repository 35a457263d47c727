// A dungeon room generator drawing only from explicit, split RandomKeys.
import RandomKeys

struct Room {
    var width: Int
    var height: Int
    var lit: Bool
    var monsters: [String]
}

func makeRoom(key: RandomKey, bestiary: [String]) -> Room {
    let ks = key.split(into: 4)
    let width = ks[0].integer(in: 4..<12)
    let height = ks[1].integer(in: 4..<12)
    let lit = ks[2].uniform() < 0.7
    let monsters = Array(ks[3].shuffled(bestiary).prefix(3))
    return Room(width: width, height: height, lit: lit, monsters: monsters)
}
