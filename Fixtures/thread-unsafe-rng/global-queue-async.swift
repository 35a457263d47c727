// Work items on a global concurrent queue draw from random().
import Dispatch
import Glibc

func jitterAll(_ jobs: [() -> Void]) {
    for job in jobs {
        DispatchQueue.global(qos: .utility).async {
            usleep(UInt32(random() % 1000)) // expect: hidden-global-rng, modulo-bias, thread-unsafe-rng
            job()
        }
    }
}
