// The clock flows through two locals before it becomes the key's seed.
import Foundation
import RandomKeys

let started = Date().timeIntervalSince1970
let seed = UInt64(started * 1_000_000)
let key = RandomKey(seed: seed) // expect: time-seed
let (bootstrapKey, noiseKey) = key.split()
print(bootstrapKey.integer(in: 0..<1_000), noiseKey.normal() as Double)
