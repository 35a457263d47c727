// A library function drawing a one-time code from a caller's generic generator: the caller may
// pass the system generator, so the function is not reported.
func makeOTP<G: RandomNumberGenerator>(using generator: inout G) -> Int {
    let otp = Int.random(in: 0..<1_000_000, using: &generator)
    return otp
}
