// drand48's generator seeded from Date(): each run of the simulation differs and cannot be replayed.
import Foundation
import Glibc

srand48(Int(Date().timeIntervalSince1970)) // expect: global-seed, time-seed
var queueLength = 0
for _ in 0..<1_000 {
    let arrival = drand48() // expect: hidden-global-rng
    if arrival < 0.3 { queueLength += 1 }
    let service = drand48() // expect: hidden-global-rng
    if service < 0.25, queueLength > 0 { queueLength -= 1 }
}
print("final queue length \(queueLength)")
