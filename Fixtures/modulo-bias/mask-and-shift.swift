// Masks and shifts of raw bits: power-of-two reductions, no bias.
struct Glyph {
    var codepoint: UInt8
    var style: Int
}

func randomGlyph<G: RandomNumberGenerator>(using g: inout G) -> Glyph {
    let codepoint = UInt8(truncatingIfNeeded: g.next() & 0xFF)
    let style = Int(g.next() >> 61)
    return Glyph(codepoint: codepoint, style: style)
}
