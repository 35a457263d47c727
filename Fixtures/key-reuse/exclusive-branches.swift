// A combat step whose key is used once on every path: guard-else-return, early return,
// if/else, switch without fallthrough and ?: arms are exclusive. No findings.
import RandomKeys

enum Weapon {
    case sword, axe, bow, fists
}

struct Fighter {
    var hp: Int
    var weapon: Weapon
    var hungry = false
}

func attackDamage(attacker: Fighter, defender: Fighter, key: RandomKey) -> Int {
    guard defender.hp > 0 else {
        return key.integer(in: 0..<2)
    }
    if attacker.hp < 3 {
        return key.integer(in: 0..<3)
    }
    switch attacker.weapon {
    case .sword:
        return key.integer(in: 2..<9)
    case .axe:
        return key.integer(in: 1..<13)
    case .bow:
        return key.integer(in: 1..<7)
    case .fists:
        return 1
    }
}

func lootValue(rare: Bool, key: RandomKey) -> Double {
    rare ? key.uniform() * 100 : 5 + key.normal()
}

func wander(_ fighter: Fighter, key: RandomKey) -> (dx: Int, dy: Int) {
    let dx: Int
    if fighter.hungry {
        dx = key.integer(in: -2..<3)
    } else if fighter.hp > 5 {
        dx = key.integer(in: -1..<2)
    } else {
        dx = 0
    }
    return (dx, 0)
}
