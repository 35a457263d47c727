// split(into:) gives independent keys; each element is drawn from once, and iterating over
// the split keys binds a fresh key per iteration. No findings.
import RandomKeys

struct Particle {
    var x: Double, y: Double
    var mass: Double
}

func spawnParticle(key: RandomKey) -> Particle {
    let ks = key.split(into: 3)
    return Particle(x: ks[0].uniform(), y: ks[1].uniform(), mass: 1 + ks[2].normal() * 0.1)
}

func spawnCloud(count: Int, key: RandomKey) -> [Particle] {
    var cloud: [Particle] = []
    for k in key.split(into: count) {
        cloud.append(spawnParticle(key: k))
    }
    return cloud
}

func monteCarloIntegral(samples: Int, key: RandomKey, f: (Double) -> Double) -> Double {
    var sum = 0.0
    for sampleKey in key.split(into: samples) {
        sum += f(sampleKey.uniform())
    }
    return sum / Double(samples)
}
