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
