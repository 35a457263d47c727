// A library function that builds its own key from a constant: every caller gets the same
// "random" estimate and cannot vary or reproduce it from outside.
import RandomKeys

func estimatePi(samples: Int) -> Double {
    let key = RandomKey(seed: 42) // expect: key-created-inside
    var inside = 0
    for sampleKey in key.split(into: samples) {
        let (xKey, yKey) = sampleKey.split()
        let x = xKey.uniform()
        let y = yKey.uniform()
        if x * x + y * y <= 1 { inside += 1 }
    }
    return 4 * Double(inside) / Double(samples)
}

func integrate(_ f: (Double) -> Double, samples: Int) -> Double {
    let keys = RandomKey(seed: 7).split(into: samples) // expect: key-created-inside
    return keys.map { k in f(k.uniform()) }.reduce(0, +) / Double(samples)
}
