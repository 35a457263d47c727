// Reseeding is only mentioned in comments and log strings inside the loop. No findings.
import Glibc

func anneal(initial: Double, iterations: Int, key seed: UInt32) -> Double {
    var state = seed
    var temperature = 1.0
    var best = initial
    for i in 0..<iterations {
        // Do not call srand48(i) or srand(seed) here: it would restart the stream every step.
        let candidate = best + Double(rand_r(&state) % 200) / 100 - 1
        if candidate < best || temperature > 0.5 {
            best = candidate
        }
        temperature *= 0.99
        if i % 1_000 == 0 {
            print("step \(i): no srand(\(seed)) needed, best \(best)")
        }
    }
    return best
}
