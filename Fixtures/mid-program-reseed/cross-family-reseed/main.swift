// srand48 seeds the 48-family; rand() then draws from the other (srand/rand/random) state,
// so the later srand is a reseed of a generator already drawn from on this path.
import Glibc

srand48(1) // expect: global-seed
let sample = drand48() // expect: hidden-global-rng
_ = rand() // expect: hidden-global-rng
srand(7) // expect: global-seed, mid-program-reseed
print(sample, rand()) // expect: hidden-global-rng
