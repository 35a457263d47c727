// The main queue runs its blocks on the main thread, one after another: no other thread draws.
import Dispatch
import Glibc

func scheduleFlash(_ show: @escaping (Int) -> Void) {
    DispatchQueue.main.async {
        show(Int(random() % 4)) // expect: hidden-global-rng
    }
}
