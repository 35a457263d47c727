// This file declares its own rand() and drand48(), which shadow Glibc's: calls reach the file's xorshift.
private var xorState: UInt32 = 2_463_534_242

func rand() -> Int32 {
    xorState ^= xorState << 13
    xorState ^= xorState >> 17
    xorState ^= xorState << 5
    return Int32(bitPattern: xorState & 0x7FFF_FFFF)
}

func drand48() -> Double {
    Double(rand()) / Double(Int32.max)
}

func flickerBrightness(base: Double) -> Double {
    base * (0.9 + 0.2 * drand48())
}
