// A script that draws a warm-up value and then seeds again "to be sure": the second seed
// resets a stream that has already been used. Generators are tracked separately:
// srand48 after rand() is the first seed of the 48-family, seed48 after drand48() is not.
import Glibc

srand(1) // expect: global-seed
let warmup = rand() // expect: hidden-global-rng
print("warm-up draw \(warmup)")

srand(2) // expect: global-seed, mid-program-reseed

srand48(3) // expect: global-seed
let noise = drand48() // expect: hidden-global-rng
var xsubi: [UInt16] = [1, 2, 3]
_ = seed48(&xsubi) // expect: global-seed, mid-program-reseed

srandom(4) // expect: global-seed, mid-program-reseed
print(noise, random()) // expect: hidden-global-rng
