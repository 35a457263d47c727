// Uniform doubles from a key and from random(in:using:): nothing divides a draw.
import RandomKeys

func mixWeights<G: RandomNumberGenerator>(key: RandomKey, using g: inout G) -> (Double, Double) {
    let a: Double = key.uniform()
    let b = Double.random(in: 0..<1, using: &g)
    return (a, b)
}
