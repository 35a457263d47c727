// A nested function named srand48 and a local closure named srand shadow libc's in their
// scope: calling them touches only local state. No findings.
import Glibc

func simulateQueue(customers: Int) -> Double {
    var state: UInt32 = 0
    let srand = { (seed: UInt32) in state = seed }
    func srand48(_ seed: Int) {
        state = UInt32(truncatingIfNeeded: seed) ^ 0x330E
    }
    func next() -> Double {
        state = state &* 1_664_525 &+ 1_013_904_223
        return Double(state) / Double(UInt32.max)
    }

    srand(2024)
    var waiting = 0.0
    for customer in 0..<customers {
        srand48(customer)
        waiting += next() * 3.0
    }
    return waiting / Double(customers)
}
