// A project generator seeded per concurrentPerform index: neighbouring SplitMix seeds.
import Dispatch

struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        return z ^ (z >> 31)
    }
}

func sample(base: UInt64, chains: Int, into results: UnsafeMutableBufferPointer<Double>) {
    DispatchQueue.concurrentPerform(iterations: chains) { chain in
        var rng = SplitMix(seed: base &* 31 &+ UInt64(chain)) // expect: seed-arithmetic
        results[chain] = Double.random(in: 0..<1, using: &rng)
    }
}
