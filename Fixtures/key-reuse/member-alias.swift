// A copy of a key held in a struct, and the struct's key itself, both drawn: the two draws
// are the same numbers.
import RandomKeys

struct Particle {
    var key: RandomKey
    var position: Double
}

func jitter(_ particle: Particle) -> Double {
    let saved = particle.key
    let dx = particle.key.normal()
    let dy = saved.normal() // expect: key-reuse
    return particle.position + dx + dy
}
