// Each replica's seed is the base and the index passed through a mixing hash: decorrelated, not reported.
import RandomKeys

func splitmix64(_ x: UInt64) -> UInt64 {
    var z = x &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}

func replicaKeys(base: UInt64, replicas: Int) -> [RandomKey] {
    (0..<replicas).map { r in RandomKey(seed: splitmix64(base ^ UInt64(r))) }
}
