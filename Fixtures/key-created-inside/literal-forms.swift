// Every spelling of a constant seed is a constant: hex, underscores, a conversion of a
// literal, a non-default implementation.
import RandomKeys

func weatherForecast(days: Int) -> [Double] {
    let key = RandomKey(seed: 0x5EED) // expect: key-created-inside
    return key.split(into: days).map { k in 15 + 5 * k.normal() }
}

func spawnPoint() -> (Int, Int) {
    let key = RandomKey(seed: UInt64(7)) // expect: key-created-inside
    let (a, b) = key.split()
    return (a.integer(in: 0..<64), b.integer(in: 0..<64))
}

func sensorNoise() -> Double {
    let key = RandomKey(seed: 1_000_003, implementation: .philox4x32) // expect: key-created-inside
    return key.normal() * 0.01
}
