import RandomKeys

func train(key: RandomKey, steps: Int) {
    var key = key
    for _ in 0..<steps {
        var sub: RandomKey
        (key, sub) = key.split()
        _ = sub.uniform()
    }
    let (a, b) = key.split()
    _ = a.normal()
    let keys = b.split(into: 4)
    _ = keys[0].bits()
    for i in 1..<4 {
        _ = keys[i].uniform()
    }
    for k in keys {
        _ = k.integer(in: 0..<6)
    }
    keys.forEach { k in
        _ = k.bernoulli(0.5)
    }
    let folded = a.fold(in: 3)
    let copy = folded
    _ = copy.uniform()
    _ = folded.uniform()
}

func passing(key: inout RandomKey, keys: [RandomKey]) {
    let sim = Sim(key: key)
    sim.run(key)
    consume(&key)
    key = makeKey()
    let k2: RandomKey = makeKey()
    var g = k2.generator()
    _ = [1, 2, 3].shuffled(using: &g)
    let pair = keys[1].split()
    _ = pair.0.uniform()
    let shuffled = pair.1.shuffled([1, 2, 3])
    print(shuffled)
}
