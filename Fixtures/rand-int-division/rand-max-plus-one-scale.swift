// A scale factor computed once from RAND_MAX + 1 in Int32: it overflows before Double sees it.
import Glibc

func uniformSamples(count: Int) -> [Double] {
    let scale = 1.0 / Double(RAND_MAX + 1) // expect: rand-int-division
    var samples: [Double] = []
    for _ in 0..<count {
        samples.append(Double(rand()) * scale) // expect: hidden-global-rng
    }
    return samples
}
