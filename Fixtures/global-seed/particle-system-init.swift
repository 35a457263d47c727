// A particle emitter that seeds the global generator in its initializer: an initializer is not
// an entry point, so creating a second emitter resets the stream of the first.
import Glibc

struct Particle {
    var x: Double, y: Double
    var vx: Double, vy: Double
}

final class ParticleEmitter {
    private(set) var particles: [Particle] = []
    let rate: Int

    init(rate: Int, seed: Int) {
        self.rate = rate
        srand48(seed) // expect: global-seed, mid-program-reseed
    }

    convenience init(rate: Int) {
        self.init(rate: rate, seed: 7)
    }

    func emit() {
        for _ in 0..<rate {
            let angle = drand48() * 2 * Double.pi // expect: hidden-global-rng
            let speed = 1 + drand48() // expect: hidden-global-rng
            particles.append(Particle(x: 0, y: 0, vx: speed * cos(angle), vy: speed * sin(angle)))
        }
    }
}
