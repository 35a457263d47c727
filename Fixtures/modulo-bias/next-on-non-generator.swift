// A turnstile counter with its own next(): not a RandomNumberGenerator, so % 3 is not a biased draw.
struct Turnstile {
    private var count: UInt64 = 0

    mutating func next() -> UInt64 {
        count += 1
        return count
    }
}

func gateFor(visitors: Int) -> [Int] {
    var turnstile = Turnstile()
    var gates: [Int] = []
    for _ in 0..<visitors {
        gates.append(Int(turnstile.next() % 3))
    }
    return gates
}
