// A random walk that splits its key at the top of every step and draws only from the fresh
// subkey: the canonical pattern. After the loop the key has been re-bound, so drawing from
// it once more is fine. No findings.
import RandomKeys

var key = RandomKey(seed: 0)
var position = 0.0

for _ in 0..<1_000 {
    let sub: RandomKey
    (key, sub) = key.split()
    position += sub.normal()
}

var walkers = [Double](repeating: 0, count: 4)
var step = 0
while step < 100 {
    let (next, stepKey) = key.split()
    key = next
    var walker = 0
    for kick in stepKey.split(into: walkers.count) {
        walkers[walker] += kick.normal()
        walker += 1
    }
    step += 1
}

let finalJitter = key.uniform()
print(position + finalJitter, walkers)
