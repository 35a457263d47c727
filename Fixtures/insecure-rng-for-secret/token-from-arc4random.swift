// arc4random is a system CSPRNG: a token from it is not reported.
import Glibc

func makeToken() -> String {
    let token = String(format: "%08x%08x", arc4random(), // expect: hidden-global-rng
                       arc4random()) // expect: hidden-global-rng
    return token
}
