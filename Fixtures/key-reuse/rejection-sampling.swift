// Rejection sampling: each attempt splits the running key and draws from two fresh subkeys.
// No findings.
import RandomKeys

func truncatedNormal(lower: Double, upper: Double, key: RandomKey) -> Double {
    var key = key
    while true {
        let sub: RandomKey
        (key, sub) = key.split()
        let (proposalKey, acceptKey) = sub.split()
        let z = proposalKey.normal()
        guard z >= lower, z <= upper else { continue }
        if acceptKey.uniform() < 0.99 {
            return z
        }
    }
}
