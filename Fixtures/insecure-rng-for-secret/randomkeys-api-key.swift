// RandomKeys is a simulation generator: its bits are reproducible by design, not secret.
import RandomKeys

func makeAPIKey(key: RandomKey) -> String {
    let apiKey = String(key.bits(), radix: 16) // expect: insecure-rng-for-secret
    return apiKey
}
