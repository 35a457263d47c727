// A simulation whose @main seeds per worker inside concurrentPerform: the closure runs once
// per worker, so every worker reseeds the one shared generator under the others' feet.
import Dispatch
import Glibc

func simulateWalker(steps: Int) -> Double {
    var position = 0.0
    for _ in 0..<steps {
        position += drand48() < 0.5 ? -1 : 1 // expect: hidden-global-rng, thread-unsafe-rng
    }
    return position
}

@main
enum RandomWalkSimulation {
    static func main() {
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            srand48(worker) // expect: global-seed, mid-program-reseed, thread-unsafe-rng
            print("worker \(worker): \(simulateWalker(steps: 1_000))")
        }
    }
}
