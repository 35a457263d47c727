// Swift Testing: a replay check that seeds drand48 twice, and a parameterized test that seeds
// once but then calls a helper that seeds again.
import Glibc
import Testing

func noisyMeasurement(seed: Int) -> Double {
    srand48(seed) // expect: global-seed, mid-program-reseed
    return 10 + drand48() // expect: hidden-global-rng
}

@Test func replayIsDeterministic() {
    srand48(3) // expect: global-seed
    let first = (0..<4).map { _ in drand48() } // expect: hidden-global-rng
    srand48(3) // expect: global-seed, mid-program-reseed
    let second = (0..<4).map { _ in drand48() } // expect: hidden-global-rng
    #expect(first == second)
}

@Test(arguments: [1, 2])
func measurementIsNearTen(seed: Int) {
    srand48(seed) // expect: global-seed
    #expect(abs(noisyMeasurement(seed: seed) - 10) < 1)
}
