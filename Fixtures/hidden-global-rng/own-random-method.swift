// A die type with its own random() method, called from inside the type: the type's LCG, not the system's.
struct LoadedDie {
    var state: UInt32
    var faces: Int

    mutating func random() -> Int {
        state = state &* 1_664_525 &+ 1_013_904_223
        return Int(state >> 16) % faces + 1
    }

    mutating func rollTwice() -> (Int, Int) {
        let first = random()
        let second = self.random()
        return (first, second)
    }
}
