// An ML training loop that shadows its key parameter, splits it once per epoch, and drives
// stdlib shuffles through the generator of the fresh subkey. No findings.
import RandomKeys

struct Batch {
    var indices: [Int]
}

func trainingBatches(datasetSize: Int, batchSize: Int, epochs: Int, key: RandomKey) -> [Batch] {
    var key = key
    var batches: [Batch] = []
    for _ in 0..<epochs {
        let (next, epochKey) = key.split()
        key = next
        var g = epochKey.generator()
        var order = Array(0..<datasetSize)
        order.shuffle(using: &g)
        let offset = Int.random(in: 0..<batchSize, using: &g)
        for start in stride(from: offset, to: datasetSize, by: batchSize) {
            batches.append(Batch(indices: Array(order[start..<min(start + batchSize, datasetSize)])))
        }
    }
    return batches
}
