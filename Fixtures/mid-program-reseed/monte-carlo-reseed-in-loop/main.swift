// Monte Carlo with the seed inside the trial loop: every trial restarts the drand48 stream, so
// all trials see the same numbers and the "independent" estimates are identical.
import Glibc

let trials = 20
let samplesPerTrial = 10_000
var estimates: [Double] = []

for trial in 0..<trials {
    srand48(42) // expect: global-seed, mid-program-reseed
    var inside = 0
    for _ in 0..<samplesPerTrial {
        let x = drand48() // expect: hidden-global-rng
        let y = drand48() // expect: hidden-global-rng
        if x * x + y * y <= 1 { inside += 1 }
    }
    estimates.append(4 * Double(inside) / Double(samplesPerTrial))
    print("trial \(trial): \(estimates.last!)")
}

var attempts = 0
while attempts < 3 {
    srandom(UInt32(attempts)) // expect: global-seed, mid-program-reseed
    attempts += 1
    print(random() % 100) // expect: hidden-global-rng, modulo-bias
}

let mean = estimates.reduce(0, +) / Double(trials)
print("mean \(mean)")
