// A UniqueKey (~Copyable) still should not be conjured inside a helper from a constant.
import RandomKeys

func coinFlip() -> Bool {
    let key = UniqueKey(seed: 42) // expect: key-created-inside
    return key.uniform() < 0.5
}

func drawCard(from deck: [Int]) -> Int {
    UniqueKey(seed: 0xCAFE).shuffled(deck)[0] // expect: hidden-global-rng, key-created-inside
}
