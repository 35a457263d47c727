/// `log1p` for float arguments in (-1, 0], computed in double precision with plain IEEE
/// arithmetic (no libm call), so that it vectorizes and the C twin reproduces it exactly.
///
/// `u = 1 + t` in double (exact unless |t| < 2^-29, where only the absolute error, < 2^-53,
/// matters to erfinv); `u = 2^k * m` with `m` in [√½, √2); `log m = 2s(1 + s²/3 + … + s¹²/13)`
/// with `s = (m - 1)/(m + 1)`, |s| ≤ 0.1716 (relative truncation error < 1e-12); the result
/// rounded once to float.
enum Log1p {
    static let ln2 = 0.6931471805599453
    static let sqrt2 = 1.4142135623730951
    /// 2^52 + 1023: subtracting it from the exponent field placed in a double's mantissa
    /// gives the unbiased exponent as a double without an int → double conversion.
    static let exponentBias = 4503599627371519.0
    static let exponentMagic: UInt64 = 0x4330_0000_0000_0000

    @inline(__always)
    static func float(_ t: Float) -> Float {
        let u = 1 + Double(t)
        let bits = u.bitPattern
        var k = Double(bitPattern: (bits >> 52) | exponentMagic) - exponentBias
        var m = Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000)
        if m > sqrt2 { m = m * 0.5; k = k + 1 }
        let s = (m - 1) / (m + 1)
        let z = s * s
        var p = 1.0 / 13
        p = 1.0 / 11 + z * p; p = 1.0 / 9 + z * p; p = 1.0 / 7 + z * p
        p = 1.0 / 5 + z * p; p = 1.0 / 3 + z * p; p = 1 + z * p
        return Float(k * ln2 + 2 * s * p)
    }

    @inline(__always)
    static func float16(_ t: SIMD16<Float>) -> SIMD16<Float> {
        SIMD16(lowHalf: half(t.lowHalf), highHalf: half(t.highHalf))
    }

    @inline(__always)
    static func half(_ t: SIMD8<Float>) -> SIMD8<Float> {
        let td = SIMD8<Double>(Double(t[0]), Double(t[1]), Double(t[2]), Double(t[3]),
                               Double(t[4]), Double(t[5]), Double(t[6]), Double(t[7]))
        let u = 1 + td
        let bits = unsafeBitCast(u, to: SIMD8<UInt64>.self)
        var k = unsafeBitCast((bits &>> 52) | exponentMagic, to: SIMD8<Double>.self) - exponentBias
        var m = unsafeBitCast((bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000, to: SIMD8<Double>.self)
        let big = m .> sqrt2
        m = m.replacing(with: m * 0.5, where: big)
        k = k.replacing(with: k + 1, where: big)
        let s = (m - 1) / (m + 1)
        let z = s * s
        var p = SIMD8<Double>(repeating: 1.0 / 13)
        p = 1.0 / 11 + z * p; p = 1.0 / 9 + z * p; p = 1.0 / 7 + z * p
        p = 1.0 / 5 + z * p; p = 1.0 / 3 + z * p; p = 1 + z * p
        let r = k * ln2 + 2 * s * p
        return SIMD8<Float>(Float(r[0]), Float(r[1]), Float(r[2]), Float(r[3]),
                            Float(r[4]), Float(r[5]), Float(r[6]), Float(r[7]))
    }
}
