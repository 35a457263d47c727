// A project function named rand() (a seeded LCG per task) is not the C library's.
struct LCG {
    var state: UInt64
    mutating func rand() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }
}

func sample(seed: UInt64) -> Task<UInt64, Never> {
    Task {
        var lcg = LCG(state: seed)
        return lcg.rand()
    }
}
