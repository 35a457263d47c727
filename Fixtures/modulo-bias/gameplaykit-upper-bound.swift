// GameplayKit's nextInt(upperBound:) is already bounded; wrapping the turn with % 5 is plain arithmetic.
import GameplayKit

func nextSpeaker(turn: Int, source: GKRandomSource) -> Int {
    let skip = source.nextInt(upperBound: 4)
    return (turn + 1 + skip) % 5
}
