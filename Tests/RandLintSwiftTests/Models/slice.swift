import Glibc
import RandomKeys

// Only statements connected by names to randomness become steps.
func simulate(steps: Int, key: RandomKey) -> Double {
    var energy = 0.0               // not connected: no step
    for t in 0..<steps {           // not connected: no loop
        energy += Double(t) * 0.5
    }
    let base = 40                  // read by the seed below: kept
    let seed = base + 2            // kept
    srand48(seed)                  // starts an event
    let r = drand48()              // starts an event
    let scaled = r * 10            // reads r: kept
    let jitter = key.normal()      // reads the key parameter: kept
    if energy > 100 { return 0 }   // can leave the path: kept, though `energy` is not
    return scaled + jitter
}
