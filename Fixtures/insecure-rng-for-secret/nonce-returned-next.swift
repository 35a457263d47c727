// A function named for a nonce returns the next value of a GameplayKit source.
import GameplayKit

func nextNonce(source: GKMersenneTwisterRandomSource) -> Int {
    source.nextInt() // expect: insecure-rng-for-secret
}
