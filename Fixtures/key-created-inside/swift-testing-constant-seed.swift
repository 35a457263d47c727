// Swift Testing @Test functions are entry points: a key from a constant or from a test
// argument is the intended pattern. No findings.
import RandomKeys
import Testing

func rollDice(count: Int, key: RandomKey) -> [Int] {
    key.split(into: count).map { k in k.integer(in: 1..<7) }
}

@Test func diceStayInRange() {
    let key = RandomKey(seed: 42)
    #expect(rollDice(count: 100, key: key).allSatisfy { (1...6).contains($0) })
}

@Test(arguments: [1, 2, 3] as [UInt64])
func diceAreReproducible(seed: UInt64) {
    let a = RandomKey(seed: seed)
    let b = RandomKey(seed: seed)
    #expect(rollDice(count: 10, key: a) == rollDice(count: 10, key: b))
}

@Suite struct NestedSuite {
    @Test func literalKeyInNestedTest() {
        let key = RandomKey(seed: 0x5EED)
        #expect(key.uniform() < 1)
    }
}
