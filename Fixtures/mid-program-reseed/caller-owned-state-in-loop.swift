// Re-initializing caller-owned state inside a loop is not a global reseed: rand_r and erand48
// keep their state in the buffer each worker owns. No findings.
import Glibc

struct Worker {
    var id: Int
    var total = 0.0
}

func runWorkers(_ workers: inout [Worker], samples: Int) {
    for i in workers.indices {
        var state = UInt32(truncatingIfNeeded: workers[i].id)
        var xsubi: [UInt16] = [UInt16(truncatingIfNeeded: workers[i].id), 0x1234, 0x330E]
        for _ in 0..<samples {
            workers[i].total += Double(rand_r(&state) % 100) / 100 + erand48(&xsubi)
        }
    }
}
