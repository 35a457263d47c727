// A session id formatted from two draws of the C generator.
import Foundation

struct Session {
    var sessionID: String = ""

    mutating func regenerate() {
        let high = rand() // expect: hidden-global-rng, insecure-rng-for-secret
        let low = rand() // expect: hidden-global-rng, insecure-rng-for-secret
        sessionID = String(format: "%08x%08x", high, low)
    }
}
