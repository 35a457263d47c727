// This file declares its own module-level srand/srandom, which shadow Glibc's: calls to them do
// not touch the process-wide generator. No findings.
import Glibc

private var lcgState: UInt64 = 0x2545_F491_4F6C_DD1D

func srand(_ seed: UInt32) {
    lcgState = UInt64(seed) | 1
}

func srandom(_ seed: UInt32) {
    lcgState = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15
}

func nextDouble() -> Double {
    lcgState ^= lcgState >> 12
    lcgState ^= lcgState << 25
    lcgState ^= lcgState >> 27
    return Double((lcgState &* 0x2545_F491_4F6C_DD1D) >> 11) / Double(1 << 53)
}

func monteCarloArea(samples: Int) -> Double {
    srand(17)
    var hits = 0
    for trial in 0..<samples {
        srandom(UInt32(trial))
        if nextDouble() < 0.5 { hits += 1 }
    }
    return Double(hits) / Double(samples)
}
