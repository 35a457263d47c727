// arc4random locks its own state and cannot be seeded: hidden, but safe on several threads.
import Glibc

func backgroundToken() -> Task<UInt32, Never> {
    Task {
        arc4random() // expect: hidden-global-rng
    }
}
