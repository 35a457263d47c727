// The fix: a data shuffler that takes a RandomKey instead of seeding a global generator.
// No findings.
import RandomKeys

struct Sample {
    var features: [Double]
    var label: Int
}

func trainValidationSplit(_ samples: [Sample], key: RandomKey, validationFraction: Double) -> (train: [Sample], validation: [Sample]) {
    let shuffled = key.shuffled(samples)
    let cut = Int(Double(shuffled.count) * (1 - validationFraction))
    return (Array(shuffled[..<cut]), Array(shuffled[cut...]))
}

func epochs(_ samples: [Sample], key: RandomKey, count: Int) -> [[Sample]] {
    var key = key
    var result: [[Sample]] = []
    for _ in 0..<count {
        let sub: RandomKey
        (key, sub) = key.split()
        result.append(sub.shuffled(samples))
    }
    return result
}
