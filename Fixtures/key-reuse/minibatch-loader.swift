// An ML minibatch loader that draws indices from the same key inside repeated closures and
// loops: every minibatch (and every element of it) is the same example.
import RandomKeys

struct Example {
    var pixels: [Float]
    var label: Int
}

func minibatches(of dataset: [Example], key: RandomKey, batchSize: Int, count: Int) -> [[Example]] {
    (0..<count).map { _ in
        (0..<batchSize).map { _ in
            dataset[key.integer(in: 0..<dataset.count)] // expect: key-reuse
        }
    }
}

func augment(_ images: inout [[Float]], key: RandomKey) {
    images.indices.forEach { i in
        images[i] = images[i].map { $0 + Float(key.normal()) * 0.01 } // expect: key-reuse
    }
}

func dropoutMask(count: Int, rate: Double, key: RandomKey) -> [Bool] {
    var mask: [Bool] = []
    while mask.count < count {
        mask.append(key.uniform() >= rate) // expect: key-reuse
    }
    return mask
}

func noiseVector(count: Int, key: RandomKey) -> [Double] {
    var out: [Double] = []
    repeat {
        var g = key.generator() // expect: key-reuse
        out.append(Double.random(in: -1..<1, using: &g))
    } while out.count < count
    return out
}
