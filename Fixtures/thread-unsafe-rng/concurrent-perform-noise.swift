// Pixel noise filled by concurrentPerform from drand48: the workers interleave on one state.
import Dispatch
import Glibc

func addNoise(to pixels: UnsafeMutableBufferPointer<Double>, amount: Double) {
    DispatchQueue.concurrentPerform(iterations: pixels.count) { i in
        pixels[i] += amount * (drand48() - 0.5) // expect: hidden-global-rng, thread-unsafe-rng
    }
}
