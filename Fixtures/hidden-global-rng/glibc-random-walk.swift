// A random walk that calls Glibc's drand48() and random() from Swift: the C library's hidden state.
import Glibc

func randomWalk(steps: Int) -> [Double] {
    var position = 0.0
    var path: [Double] = []
    for _ in 0..<steps {
        let step = drand48() - 0.5 // expect: hidden-global-rng
        position += step
        if random() & 0xFF == 0 { // expect: hidden-global-rng
            position = 0
        }
        path.append(position)
    }
    return path
}
