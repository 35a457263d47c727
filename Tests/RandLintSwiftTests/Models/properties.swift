import RandomKeys

final class Model {
    let key = RandomKey(seed: 1)
    var keys: [RandomKey]
    var other: RandomKey

    init(key: RandomKey) {
        self.other = key
        self.keys = key.split(into: 2)
    }

    func draw() -> Double {
        key.uniform() + self.key.normal()
    }

    func shadowed() {
        let key = 5
        print(key)
        _ = other.bits()
    }

    var noise: Double {
        keys[0].uniform()
    }

    var level: Int {
        get { Int(other.bits() % 4) }
        set { print(newValue) }
    }

    subscript(i: Int) -> Double { keys[i].normal() }

    deinit { srand(0) }
}
