import Foundation
import RandomKeys

srand(42)
let key = RandomKey(seed: 7)
let (a, b) = key.split()

func simulate() -> Double {
    a.uniform() + rand().magnitude
}

print(simulate(), b.normal())
