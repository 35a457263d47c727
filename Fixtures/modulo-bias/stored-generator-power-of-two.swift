// A noise field keeps the project's WyRand generator, seeded by the caller, and reduces by 64 (a power of two).
struct WyRand: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0xA076_1D64_78BD_642F
        let product = state.multipliedFullWidth(by: state ^ 0xE703_7ED1_A0B4_28DB)
        return product.high ^ product.low
    }
}

final class NoiseField {
    private var rng: WyRand

    init(seed: UInt64) {
        rng = WyRand(seed: seed)
    }

    func nextCell() -> Int {
        Int(rng.next() % 64)
    }
}
