// A data loader that seeds the C generator every time it builds a batch: a library function
// resets the stream that the rest of the program is drawing from.
import Glibc

struct Example {
    var pixels: [Float]
    var label: Int
}

final class BatchLoader {
    let examples: [Example]
    let batchSize: Int

    init(examples: [Example], batchSize: Int) {
        self.examples = examples
        self.batchSize = batchSize
    }

    func batch(number: Int) -> [Example] {
        srandom(UInt32(number)) // expect: global-seed, mid-program-reseed
        return (0..<batchSize).map { _ in examples[Int(random()) % examples.count] } // expect: hidden-global-rng, modulo-bias
    }

    func reshuffledIndices() -> [Int] {
        srand(0) // expect: global-seed, mid-program-reseed
        var indices = Array(examples.indices)
        for i in indices.indices.reversed() where i > 0 {
            indices.swapAt(i, Int(rand()) % (i + 1)) // expect: hidden-global-rng, modulo-bias
        }
        return indices
    }
}
