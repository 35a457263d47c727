import RandomKeys

// A key is passed in, yet the augmentations draw from the system generator.
func augment(_ batch: [Double], key: RandomKey) -> [Double] {
    let flip = Bool.random() // expect: hidden-global-rng
    let scale = Double.random(in: 0.9...1.1) // expect: hidden-global-rng
    let order = batch.indices.shuffled() // expect: hidden-global-rng
    return order.map { (flip ? -1 : 1) * scale * batch[$0] }
}
