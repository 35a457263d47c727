// A CSRF token stored in a field from drand48().
import Glibc

final class FormState {
    var csrfToken: UInt64 = 0

    func rotate() {
        self.csrfToken = UInt64(drand48() * 1e15) // expect: hidden-global-rng, insecure-rng-for-secret
    }
}
