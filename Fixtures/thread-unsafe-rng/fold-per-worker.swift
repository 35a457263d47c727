// The intended pattern: each worker draws from its own key.
import Dispatch
import RandomKeys

func addNoise(to pixels: UnsafeMutableBufferPointer<Double>, key: RandomKey) {
    DispatchQueue.concurrentPerform(iterations: pixels.count) { i in
        pixels[i] += key.fold(in: UInt64(i)).normal()
    }
}
