// Monte Carlo pi with one key drawn from on every iteration: every draw returns the same
// number, so the "estimate" is 4 or 0. Both draws are reuses: y is the second use of the key,
// x is the second use on the second iteration.
import RandomKeys

let key = RandomKey(seed: 42)
let samples = 100_000
var inside = 0

for _ in 0..<samples {
    let x = key.uniform() // expect: key-reuse
    let y = key.uniform() // expect: key-reuse
    if x * x + y * y <= 1 {
        inside += 1
    }
}

print("pi ≈ \(4 * Double(inside) / Double(samples))")
