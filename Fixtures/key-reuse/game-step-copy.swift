// A game step that copies its key into a second name and draws from both: a copy of a key is
// the same key, so the move direction is determined by the attack roll.
import RandomKeys

enum Direction: Int, CaseIterable {
    case north, east, south, west
}

struct Goblin {
    var x = 0, y = 0
    var hp = 7

    mutating func step(key: RandomKey) -> Int {
        let moveKey = key
        let attackRoll = key.integer(in: 1..<21)
        let direction = Direction(rawValue: moveKey.integer(in: 0..<4)) ?? .north // expect: key-reuse
        switch direction {
        case .north: y -= 1
        case .south: y += 1
        case .east: x += 1
        case .west: x -= 1
        }
        return attackRoll
    }

    mutating func takeHit(key: RandomKey) {
        let damage = key.integer(in: 1..<7)
        let dodged = key.uniform() < 0.2 // expect: key-reuse
        if !dodged { hp -= damage }
    }
}
