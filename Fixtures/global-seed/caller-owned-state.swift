// rand_r, erand48, nrand48 and jrand48 keep their state in a caller-owned buffer: nothing
// process-wide is seeded, even per worker inside a loop. No findings.
import Glibc

func estimatePi(workers: Int, samplesPerWorker: Int) -> Double {
    var inside = 0
    for worker in 0..<workers {
        var xsubi: [UInt16] = [0x330E, UInt16(truncatingIfNeeded: worker), 0x1234]
        for _ in 0..<samplesPerWorker {
            let x = erand48(&xsubi)
            let y = erand48(&xsubi)
            if x * x + y * y <= 1 { inside += 1 }
        }
    }
    return 4 * Double(inside) / Double(workers * samplesPerWorker)
}

func rollDice(count: Int, seed: UInt32) -> [Int] {
    var state = seed
    return (0..<count).map { _ in Int(rand_r(&state) % 6) + 1 }
}

func jitter(_ values: [Int], seed: UInt16) -> [Int] {
    var buffer: [UInt16] = [seed, seed &+ 1, seed &+ 2]
    return values.map { $0 + nrand48(&buffer) % 3 - 1 + jrand48(&buffer) % 2 }
}
