// The local first holds the clock, but is pinned to the recorded seed before the key is built.
import Foundation
import RandomKeys

var seed = UInt64(Date().timeIntervalSince1970)
print("a wall-clock seed would be \(seed); replaying the recorded run instead")
seed = 0xC0FFEE
let key = RandomKey(seed: seed)
print(key.shuffled(["north", "east", "south", "west"]))
