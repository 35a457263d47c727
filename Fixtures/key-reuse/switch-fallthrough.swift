// A switch with fallthrough: the hard case draws, then falls into the normal case, which draws
// from the same key again. (Without fallthrough the cases would be exclusive.)
import RandomKeys

enum Difficulty {
    case easy, normal, hard
}

func enemyStats(difficulty: Difficulty, key: RandomKey) -> (hp: Int, damage: Int) {
    var hp = 10
    var damage = 1
    switch difficulty {
    case .hard:
        hp += key.integer(in: 0..<10)
        fallthrough
    case .normal:
        damage += key.integer(in: 0..<3) // expect: key-reuse
    case .easy:
        break
    }
    return (hp, damage)
}
