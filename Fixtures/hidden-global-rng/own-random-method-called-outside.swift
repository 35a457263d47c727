// A board game calls its own Spinner type's random() method from outside the type: the spinner's LCG, not the system's.
struct Spinner {
    var state: UInt64
    let sectors: Int

    mutating func random() -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 33) % sectors
    }
}

struct GameTurn {
    var spinner: Spinner

    mutating func advance(from square: Int) -> Int {
        let moves = spinner.random() + 1
        return square + moves
    }
}
