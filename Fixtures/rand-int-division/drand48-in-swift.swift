// drand48() already returns a Double in [0, 1): no division needed.
import Glibc

func jitter(amplitude: Double) -> Double {
    (drand48() - 0.5) * amplitude // expect: hidden-global-rng
}
