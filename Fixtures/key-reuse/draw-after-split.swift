// Drawing from a key after splitting it, drawing twice from one half of a split, and splitting
// a key that was already drawn from: the split keys are derived from the parent, so the
// numbers are correlated with (or equal to) the ones already used.
import RandomKeys

struct Enemy {
    var x: Double
    var y: Double
    var hp: Int
    var isBoss: Bool
}

func spawnWave(count: Int, key: RandomKey) -> [Enemy] {
    let (waveKey, _) = key.split()
    let bossRoll = key.uniform() // expect: key-reuse
    var wave: [Enemy] = []
    for enemyKey in waveKey.split(into: count) {
        let (xKey, rest) = enemyKey.split()
        let (yKey, hpKey) = rest.split()
        wave.append(Enemy(x: xKey.uniform() * 100, y: yKey.uniform() * 100,
                          hp: hpKey.integer(in: 5..<15), isBoss: bossRoll < 0.05 && wave.isEmpty))
    }
    return wave
}

func jitter(_ point: (x: Double, y: Double), key: RandomKey) -> (x: Double, y: Double) {
    let (a, b) = key.split()
    let dx = a.uniform()
    let dy = a.normal() // expect: key-reuse
    let scale = b.uniform()
    return (point.x + dx * scale, point.y + dy * scale)
}

func criticalHit(key: RandomKey) -> (crit: Bool, damage: Double) {
    let crit = key.uniform() < 0.1
    let (damageKey, _) = key.split() // expect: key-reuse
    let bonus = key.normal() // expect: key-reuse
    return (crit, damageKey.uniform() * 10 + bonus)
}
