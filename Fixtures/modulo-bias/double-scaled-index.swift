// Indices from scaled uniform doubles rather than % of raw bits.
import RandomKeys

func pickColor(_ palette: [String], key: RandomKey) -> String {
    let u: Double = key.uniform()
    return palette[Int(u * Double(palette.count))]
}

func pickIndex<G: RandomNumberGenerator>(count: Int, using g: inout G) -> Int {
    let unit = Double(g.next() >> 11) * 0x1p-53
    return Int(unit * Double(count))
}
