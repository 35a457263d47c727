// The standard 53-bit conversion: shift then multiply by 2^-53, no division by a maximum.
func unitInterval<G: RandomNumberGenerator>(using g: inout G) -> Double {
    Double(g.next() >> 11) * 0x1p-53
}

func unitFloat<G: RandomNumberGenerator>(using g: inout G) -> Float {
    Float(g.next() >> 40) * 0x1p-24
}
