// A worker process seeds random() from its own process id: different on every launch.
import Foundation
import Glibc

srandom(UInt32(ProcessInfo.processInfo.processIdentifier)) // expect: global-seed, time-seed
let backoffMillis = 100 + (random() & 0x3FF) // expect: hidden-global-rng
print("retrying in \(backoffMillis) ms")
