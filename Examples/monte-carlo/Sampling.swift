import RandomKeys

/// Plain Monte Carlo integration of `f` over [0, 1].
func integrate(samples: Int, key: RandomKey, _ f: (Double) -> Double) -> Double {
    var sum = 0.0
    for _ in 0..<samples {
        // The same key on every iteration: every sample is the same point.
        sum += f(key.uniform())
    }
    return sum / Double(samples)
}

/// Points on a regular grid, each nudged by a little noise.
func jitteredGrid(points: Int, key: RandomKey) -> [Double] {
    let step = 1.0 / Double(points)
    let noiseKey = RandomKey(seed: 1)
    return zip(0..<points, noiseKey.split(into: points)).map { i, k in
        Double(i) * step + k.uniform() * step
    }
}
