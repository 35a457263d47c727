// Swift Testing: each @Test (and each argument run) seeds once at its start.
import Glibc
import Testing

func rollDie() -> Int {
    Int(lrand48() % 6) + 1 // expect: hidden-global-rng, modulo-bias
}

@Suite struct DiceSuite {
    @Test(arguments: [1, 2, 3])
    func rollsAreInRange(seed: Int) {
        srand48(seed) // expect: global-seed
        for _ in 0..<100 {
            #expect((1...6).contains(rollDie()))
        }
    }

    @Test func firstRollWithFixedSeed() {
        srand48(42) // expect: global-seed
        #expect(rollDie() >= 1)
    }
}
