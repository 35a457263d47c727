// GameplayKit seeded sources built inside a game's methods, from a literal or from nothing:
// the game cannot be replayed from a seed the player or the test chose.
import GameplayKit

final class DungeonGenerator {
    func makeRooms(count: Int) -> [Int] {
        let source = GKMersenneTwisterRandomSource(seed: 42) // expect: key-created-inside
        var rooms: [Int] = []
        for _ in 0..<count {
            rooms.append(source.nextInt(upperBound: 20))
        }
        return rooms
    }

    func rollLoot() -> Int {
        let source = GKARC4RandomSource() // expect: key-created-inside
        return source.nextInt(upperBound: 100)
    }

    func rollDie() -> Int {
        let d6 = GKRandomDistribution(randomSource: GKLinearCongruentialRandomSource(seed: UInt64(7)), lowestValue: 1, highestValue: 6) // expect: key-created-inside
        return d6.nextInt()
    }

    func fogPattern() -> Float {
        GKMersenneTwisterRandomSource().nextUniform() // expect: key-created-inside
    }
}
