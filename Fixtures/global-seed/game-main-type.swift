// A roguelike's @main type seeds once in static func main(): an entry point, so only global-seed.
// The world's step() only draws.
import Glibc

struct Monster {
    var hp: Int
    var x: Int
    var y: Int
}

struct World {
    var monsters: [Monster] = []
    var tick = 0

    mutating func step() {
        tick += 1
        for i in monsters.indices {
            switch rand() % 4 { // expect: hidden-global-rng
            case 0: monsters[i].x += 1
            case 1: monsters[i].x -= 1
            case 2: monsters[i].y += 1
            default: monsters[i].y -= 1
            }
        }
        if rand() % 10 == 0 { // expect: hidden-global-rng, modulo-bias
            monsters.append(Monster(hp: 10, x: 0, y: 0))
        }
    }
}

@main
struct Roguelike {
    static func main() {
        srand(2024) // expect: global-seed
        var world = World()
        for _ in 0..<500 {
            world.step()
        }
        print("monsters alive: \(world.monsters.count)")
    }
}
