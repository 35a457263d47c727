import RandomKeys

// Both offsets come from one key: dx == dy on every call, so points only move diagonally.
func jitter(_ point: (Double, Double), key: RandomKey) -> (Double, Double) {
    let dx = key.normal() * 0.01
    let dy = key.normal() * 0.01 // expect: key-reuse
    return (point.0 + dx, point.1 + dy)
}
