// An ML minibatch loader that takes its key from the caller and only derives keys from it.
// No findings.
import RandomKeys

struct Example {
    var features: [Float]
    var label: Int
}

struct MinibatchLoader {
    let dataset: [Example]
    let batchSize: Int

    func epoch(key: RandomKey) -> [[Example]] {
        let order = key.shuffled(Array(dataset.indices))
        return stride(from: 0, to: order.count, by: batchSize).map { start in
            order[start..<min(start + batchSize, order.count)].map { dataset[$0] }
        }
    }

    func epochs(_ count: Int, key: RandomKey) -> [[[Example]]] {
        key.split(into: count).map { k in epoch(key: k) }
    }

    func augmented(_ example: Example, key: RandomKey) -> Example {
        let noise = key.fold(in: example.label)
        var copy = example
        copy.features = zip(copy.features, noise.split(into: copy.features.count)).map { value, k in
            value + Float(k.normal()) * 0.01
        }
        return copy
    }
}
