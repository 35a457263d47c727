// A game step that only draws from the C generator and never seeds it: not global-seed and
// not a reseed (other rules about hidden global draws are out of scope here). No findings.
import Glibc

struct Enemy {
    var hp: Int
    var aggression: Double
}

func enemyTurn(_ enemies: inout [Enemy], playerHP: inout Int) {
    for i in enemies.indices {
        if drand48() < enemies[i].aggression {
            playerHP -= 1 + Int(lrand48() % 4)
        } else {
            enemies[i].hp += Int(random() % 2)
        }
    }
}

func criticalHit() -> Bool {
    rand() % 20 == 0
}
