// The current date goes into a local, and the GameplayKit source is seeded from it.
import Foundation
import GameplayKit

let now = Date()
let source = GKMersenneTwisterRandomSource(seed: UInt64(now.timeIntervalSince1970)) // expect: time-seed
let terrain = (0..<16).map { _ in source.nextInt(upperBound: 4) }
print("generated at \(now): \(terrain)")
