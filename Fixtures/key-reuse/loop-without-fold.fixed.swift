import RandomKeys

// Every step draws from the same key: the walk repeats one step size forever.
func randomWalk(steps: Int, key: RandomKey) -> [Double] {
    var position = 0.0
    var path: [Double] = []
    for step in 0..<steps {
        position += key.fold(in: step).normal()
        path.append(position)
        _ = step
    }
    return path
}

func noise(count: Int, key: RandomKey) -> [Double] {
    (0..<count).map { i in key.fold(in: i).uniform() }
}

func brownian(steps: Int, key: RandomKey) -> [(Double, Double)] {
    var path: [(Double, Double)] = []
    for i in 0..<steps {
        let (key1, key2) = key.fold(in: i).split()
        let dx = key1.normal()
        let dy = key2.normal()
        path.append((dx, dy))
    }
    return path
}
