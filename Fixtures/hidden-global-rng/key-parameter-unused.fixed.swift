import RandomKeys

// A key is passed in, yet the augmentations draw from the system generator.
func augment(_ batch: [Double], key: RandomKey) -> [Double] {
    var g = key.generator()
    let flip = Bool.random(using: &g)
    let scale = Double.random(in: 0.9...1.1, using: &g)
    let order = batch.indices.shuffled(using: &g)
    return order.map { (flip ? -1 : 1) * scale * batch[$0] }
}
