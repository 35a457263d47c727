import RandomKeys

// Both offsets come from one key: dx == dy on every call, so points only move diagonally.
func jitter(_ point: (Double, Double), key: RandomKey) -> (Double, Double) {
    let (key1, key2) = key.split()
    let dx = key1.normal() * 0.01
    let dy = key2.normal() * 0.01
    return (point.0 + dx, point.1 + dy)
}
