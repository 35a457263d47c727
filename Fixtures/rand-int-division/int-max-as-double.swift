// The Int is converted to Double before dividing by Double(Int.max): floating point.
func signedUnitSample<G: RandomNumberGenerator>(using g: inout G) -> Double {
    Double(Int(truncatingIfNeeded: g.next())) / Double(Int.max)
}
