// A generator's bits converted to Int and divided by Int.max in integer arithmetic: -1, 0 or 1, almost always 0.
func unitSample<G: RandomNumberGenerator>(using g: inout G) -> Double {
    Double(Int(truncatingIfNeeded: g.next()) / Int.max) // expect: rand-int-division
}
