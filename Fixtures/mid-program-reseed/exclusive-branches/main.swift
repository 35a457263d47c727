// Exactly one seeding call runs on any path: if/else, switch and ?: arms are exclusive, so
// each is the first seed of its generator and none is a reseed.
import Glibc

let args = CommandLine.arguments
let fast = args.contains("--fast")

if fast {
    srand(1) // expect: global-seed
} else {
    srand(2) // expect: global-seed
}

switch args.count {
case 0, 1:
    srand48(10) // expect: global-seed
case 2:
    srand48(20) // expect: global-seed
default:
    var xsubi: [UInt16] = [3, 4, 5]
    _ = seed48(&xsubi) // expect: global-seed
}

print(rand(), // expect: hidden-global-rng
      drand48()) // expect: hidden-global-rng
