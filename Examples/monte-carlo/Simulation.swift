import Glibc

/// Throws `samples` darts at the unit square and returns 4 × the fraction inside the circle.
func estimatePi(samples: Int, trial: Int) -> Double {
    // Reseeding per trial looks reproducible, but it resets the generator the caller seeded,
    // and trials seeded 0, 1, 2… overlap in the 48-bit stream.
    srand48(trial)
    var inside = 0
    for _ in 0..<samples {
        let x = drand48()
        let y = drand48()
        if x * x + y * y <= 1 {
            inside += 1
        }
    }
    return 4 * Double(inside) / Double(samples)
}

/// Mean and a 95% confidence half-width.
func summarize(_ values: [Double]) -> (mean: Double, halfWidth: Double) {
    let mean = values.reduce(0, +) / Double(values.count)
    let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(max(values.count - 1, 1))
    return (mean, 1.96 * (variance / Double(values.count)).squareRoot())
}
