// A board game drawing from a GameplayKit source the caller owns and seeded: an explicit generator.
import GameplayKit

struct TurnOrder {
    var players: [String]

    func firstPlayer(source: GKRandomSource) -> String {
        players[source.nextInt(upperBound: players.count)]
    }

    func shuffledTiles(_ tiles: [String], source: GKRandomSource) -> [String] {
        source.arrayByShufflingObjects(in: tiles).compactMap { $0 as? String }
    }

    func rollTwoDice(source: GKRandomSource) -> Int {
        let die = GKRandomDistribution(randomSource: source, lowestValue: 1, highestValue: 6)
        return die.nextInt() + die.nextInt()
    }
}
