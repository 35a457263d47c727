// monte-carlo: estimates pi and the area under a curve, and reports a confidence interval.
// This example is deliberately written with common randomness mistakes; run
// `randlint Examples/monte-carlo` to see them (README.md lists what to expect).
import Glibc
import RandomKeys

let trials = 8
let samplesPerTrial = 20_000

// Seed "for reproducibility": this seeds the process-wide drand48 state that every
// function in the program shares.
srand48(42)

var estimates: [Double] = []
for trial in 0..<trials {
    estimates.append(estimatePi(samples: samplesPerTrial, trial: trial))
}
let summary = summarize(estimates)
print("pi ≈ \(summary.mean) ± \(summary.halfWidth)")

// The newer part of the program uses RandomKeys, but passes one key to two computations.
let key = RandomKey(seed: 7)
let area = integrate(samples: samplesPerTrial, key: key) { x in x * x }
let jitter = jitteredGrid(points: 16, key: key)
print("∫x² on [0,1] ≈ \(area); first jittered point \(jitter.first ?? 0)")
