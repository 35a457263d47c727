import RandomKeys

// Every step draws from the same key: the walk repeats one step size forever.
func randomWalk(steps: Int, key: RandomKey) -> [Double] {
    var position = 0.0
    var path: [Double] = []
    for step in 0..<steps {
        position += key.normal() // expect: key-reuse
        path.append(position)
        _ = step
    }
    return path
}

func noise(count: Int, key: RandomKey) -> [Double] {
    (0..<count).map { i in key.uniform() } // expect: key-reuse
}

func brownian(steps: Int, key: RandomKey) -> [(Double, Double)] {
    var path: [(Double, Double)] = []
    for _ in 0..<steps {
        let dx = key.normal() // expect: key-reuse
        let dy = key.normal() // expect: key-reuse
        path.append((dx, dy))
    }
    return path
}
