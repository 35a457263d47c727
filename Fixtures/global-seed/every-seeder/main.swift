// Every libc seeding API, each on its own exclusive branch at the start of main: each is the
// first seed of its generator on its path, so only global-seed fires.
import Glibc

let mode = CommandLine.arguments.dropFirst().first ?? "rand"
var stateBuffer = [CChar](repeating: 0, count: 256)
var xsubi: [UInt16] = [0x330E, 0xABCD, 0x1234]
var lcongParams: [UInt16] = [0x330E, 0xABCD, 0x1234, 0xE66D, 0xDEEC, 0x0005, 0x000B]

switch mode {
case "rand":
    srand(1) // expect: global-seed
case "random":
    srandom(1) // expect: global-seed
case "initstate":
    _ = initstate(1, &stateBuffer, stateBuffer.count) // expect: global-seed
case "setstate":
    _ = setstate(&stateBuffer) // expect: global-seed
case "srand48":
    srand48(1) // expect: global-seed
case "seed48":
    _ = seed48(&xsubi) // expect: global-seed
case "lcong48":
    lcong48(&lcongParams) // expect: global-seed
default:
    break
}

print(random(), // expect: hidden-global-rng
      lrand48()) // expect: hidden-global-rng
