// An enemy spawner drawing positions, speeds and facing from Swift's default generator.
struct Spawn {
    var x: Int
    var speed: Double
    var facesLeft: Bool
}

func spawnWave(count: Int, arenaWidth: Int) -> [Spawn] {
    var wave: [Spawn] = []
    for _ in 0..<count {
        let x = Int.random(in: 0..<arenaWidth) // expect: hidden-global-rng
        let speed = Double.random(in: 0.5...1.5) // expect: hidden-global-rng
        let facesLeft = Bool.random() // expect: hidden-global-rng
        wave.append(Spawn(x: x, speed: speed, facesLeft: facesLeft))
    }
    return wave
}
