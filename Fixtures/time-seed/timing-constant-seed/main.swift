// The clock is read to time the estimate; the seed next to it is a constant.
import Foundation
import Glibc

let start = Date()
srand48(42) // expect: global-seed
var inside = 0
for _ in 0..<100_000 {
    let x = drand48() // expect: hidden-global-rng
    let y = drand48() // expect: hidden-global-rng
    if x * x + y * y <= 1 { inside += 1 }
}
print("pi ~ \(4 * Double(inside) / 100_000) in \(Date().timeIntervalSince(start))s")
