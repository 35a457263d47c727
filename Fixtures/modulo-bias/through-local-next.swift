// The raw draw goes into a local; the biased % is on the next line.
func sampleLatency<G: RandomNumberGenerator>(buckets: [Double], using g: inout G) -> Double {
    let r = g.next()
    let index = Int(r % UInt64(buckets.count)) // expect: modulo-bias
    return buckets[index]
}
