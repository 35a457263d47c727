// A tile game that reseeds on every tick "so replays match": step() is not an entry point and
// runs many times, so every other system's random stream restarts each frame.
import Glibc

struct Tile {
    var grass: Bool
    var fire: Bool
}

struct Board {
    var tiles: [[Tile]]
    var tick: UInt32 = 0

    mutating func step() {
        tick += 1
        srand48(Int(tick)) // expect: global-seed, mid-program-reseed
        for row in tiles.indices {
            for col in tiles[row].indices where tiles[row][col].fire {
                if drand48() < 0.3 { // expect: hidden-global-rng
                    tiles[row][col].fire = false
                }
            }
        }
    }
}
