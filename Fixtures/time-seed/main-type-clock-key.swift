// static func main() of an @main type is the right place for the root key, but its seed is the clock.
import Foundation
import RandomKeys

struct Ecosystem {
    var rabbits = 100.0
    var foxes = 10.0

    mutating func step(key: RandomKey) {
        let (kr, kf) = key.split()
        rabbits *= 1.05 + 0.01 * kr.normal()
        foxes *= 0.98 + 0.01 * kf.normal()
    }
}

@main
struct EcosystemCLI {
    static func main() {
        let key = RandomKey(seed: UInt64(Date().timeIntervalSince1970)) // expect: time-seed
        var world = Ecosystem()
        for year in 0..<20 {
            world.step(key: key.fold(in: year))
        }
        print(world.rabbits, world.foxes)
    }
}
