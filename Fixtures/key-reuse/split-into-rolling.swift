// A rolling key: each step splits the current key into two, keeps one and draws from the
// other. The elements of each new split are new keys, so nothing is drawn twice.
import RandomKeys

func addNoise(_ xs: [Double], key: RandomKey) -> [Double] {
    var k = key
    var out: [Double] = []
    for x in xs {
        let ks = k.split(into: 2)
        k = ks[0]
        out.append(x + ks[1].normal())
    }
    return out
}
