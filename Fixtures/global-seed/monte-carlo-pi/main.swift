// Estimates pi by throwing darts at the unit square.
// The seed is set once, at the top of the program: only global-seed fires, because the
// process-wide drand48 state is still shared by every function in the process.
import Glibc

let samples = 1_000_000
srand48(42) // expect: global-seed

var inside = 0
for _ in 0..<samples {
    let x = drand48() // expect: hidden-global-rng
    let y = drand48() // expect: hidden-global-rng
    if x * x + y * y <= 1.0 {
        inside += 1
    }
}

let estimate = 4.0 * Double(inside) / Double(samples)
print("pi ≈ \(estimate)")
