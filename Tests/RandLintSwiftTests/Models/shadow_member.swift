import Foundation

struct Dice {
    var state: UInt32 = 0
    mutating func srand(_ seed: UInt32) { state = seed }
    func random() -> Int { Int(state) }

    mutating func reset() {
        srand(42)
        self.srand(1)
        _ = random()
        _ = self.random()
    }
}

func outside(d: inout Dice) {
    d.srand(5)
    srand(6)
    let rand = { 4 }
    _ = rand()
    _ = Int.random(in: 0..<6)
}
