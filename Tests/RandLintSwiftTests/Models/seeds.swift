import Foundation
import GameplayKit
import RandomKeys

func seeds(seed: UInt64, base: Int) {
    srand(42)
    srand(UInt32(42))
    srandom(1 << 4)
    srand48(-1)
    srand(UInt32(time(nil)))
    let a = RandomKey(seed: UInt64(Date().timeIntervalSince1970))
    let b = RandomKey(seed: DispatchTime.now().uptimeNanoseconds)
    let c = RandomKey(seed: UInt64(ProcessInfo.processInfo.processIdentifier))
    let d = RandomKey(seed: UInt64(getpid()))
    let e = RandomKey(seed: seed)
    let f = RandomKey(seed: UInt64(base + 1))
    let g = GKMersenneTwisterRandomSource()
    let h = GKMersenneTwisterRandomSource(seed: 7)
    var xs = [1, 2, 3]
    xs.shuffle()
    _ = xs.shuffled()
    _ = xs.randomElement()
    var rng = SystemRandomNumberGenerator()
    _ = xs.shuffled(using: &rng)
    _ = Double.random(in: 0..<1, using: &rng)
    _ = arc4random_uniform(6)
    print(a, b, c, d, e, f, g, h)
}
