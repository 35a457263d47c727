// A training loop that reshuffles sample indices every epoch with the system generator.
struct Sample {
    var features: [Double]
    var label: Int
}

func trainEpochs(_ data: [Sample], epochs: Int, batchSize: Int, step: ([Sample]) -> Void) {
    for _ in 0..<epochs {
        let order = data.indices.shuffled() // expect: hidden-global-rng
        var start = 0
        while start < order.count {
            let end = min(start + batchSize, order.count)
            step(order[start..<end].map { data[$0] })
            start = end
        }
    }
}
