// A fresh seed is drawn from the system generator and logged with the date: not a clock seed.
import Foundation
import RandomKeys

let freshSeed = UInt64.random(in: 0...UInt64.max) // expect: hidden-global-rng
print("\(Date()): seed \(freshSeed) (pass it back to replay this run)")
let key = RandomKey(seed: freshSeed)
print(key.integer(in: 1...6))
