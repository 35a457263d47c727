// Int.max and RAND_MAX divided by counts, and a draw compared with RAND_MAX / 2: no draw is divided by its maximum.
import Glibc

func perPlayerBudget(players: Int) -> Int {
    Int.max / max(players, 1)
}

func coinFlip() -> Bool {
    rand() < RAND_MAX / 2 // expect: hidden-global-rng
}
