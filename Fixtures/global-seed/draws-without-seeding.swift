// A game step that only draws from the C generator and never seeds it: not global-seed and
// not a reseed (the draws themselves are hidden-global-rng and modulo-bias findings).
import Glibc

struct Enemy {
    var hp: Int
    var aggression: Double
}

func enemyTurn(_ enemies: inout [Enemy], playerHP: inout Int) {
    for i in enemies.indices {
        if drand48() < enemies[i].aggression { // expect: hidden-global-rng
            playerHP -= 1 + Int(lrand48() % 4) // expect: hidden-global-rng
        } else {
            enemies[i].hp += Int(random() % 2) // expect: hidden-global-rng
        }
    }
}

func criticalHit() -> Bool {
    rand() % 20 == 0 // expect: hidden-global-rng, modulo-bias
}
