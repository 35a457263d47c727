// A Foundation Thread started with a block draws from drand48 while the main thread does too.
import Foundation

func startSampler(into box: UnsafeMutablePointer<Double>) -> Thread {
    let thread = Thread {
        box.pointee = drand48() // expect: hidden-global-rng, thread-unsafe-rng
    }
    thread.start()
    return thread
}
