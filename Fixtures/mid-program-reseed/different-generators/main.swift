// srand and srand48 seed two different process-wide generators: seeding one, drawing from it,
// then seeding the other for the first time is not a reseed.
import Glibc

srand(1) // expect: global-seed
let die = Int(rand() % 6) + 1 // expect: hidden-global-rng, modulo-bias
srand48(2) // expect: global-seed
let jitter = drand48() // expect: hidden-global-rng
print(die, jitter)
