/// Inverse error functions used by `normal()`.
///
/// The float32 version is XLA's `ErfInv` (M. Giles, "Approximating the erfinv function"),
/// the function behind `jax.random.normal`, evaluated in XLA's order. Its `log1p` is computed
/// in double precision with plain arithmetic (`Log1p`), so the scalar form, the 16-lane SIMD
/// form, the C bulk kernels (`RandomKeysKernels`) and the C twin give identical bits; the remaining difference to JAX comes from XLA's
/// own `log1p` and from XLA contracting the Horner steps into FMAs (measured: ≤ 1 ulp on the
/// known-answer vectors, ≤ 3 ulp and 95 % bit-exact over 4 × 10^6 values).
enum ErfInv {
    // Coefficients for w < 5 (a) and w >= 5 (b), highest degree first.
    static let a: (Float, Float, Float, Float, Float, Float, Float, Float, Float) = (
        2.81022636e-08, 3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087,
        -0.00125372503, -0.00417768164, 0.246640727, 1.50140941)
    static let b: (Float, Float, Float, Float, Float, Float, Float, Float, Float) = (
        -0.000200214257, 0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773,
        -0.0076224613, 0.00943887047, 1.00167406, 2.83297682)

    /// Float erfinv for |x| < 1 (±inf at ±1).
    @inline(__always)
    static func float(_ x: Float) -> Float {
        var w = -Log1p.float(-(x * x))
        let q: Float
        if w < 5 {
            w = w - 2.5
            var p = a.0
            p = a.1 + p * w; p = a.2 + p * w; p = a.3 + p * w; p = a.4 + p * w
            p = a.5 + p * w; p = a.6 + p * w; p = a.7 + p * w; p = a.8 + p * w
            q = p
        } else {
            w = w.squareRoot() - 3
            var p = b.0
            p = b.1 + p * w; p = b.2 + p * w; p = b.3 + p * w; p = b.4 + p * w
            p = b.5 + p * w; p = b.6 + p * w; p = b.7 + p * w; p = b.8 + p * w
            q = p
        }
        if x.magnitude == 1 { return x * .infinity }
        return q * x
    }

    /// `float` on 16 lanes; every lane bit-identical to `float` (for |x| < 1). The common case
    /// (all lanes with w < 5, i.e. |x| < 0.9966) is pure SIMD arithmetic; a vector with a tail
    /// lane falls back to `float` per lane (Swift's `squareRoot` does not vectorize on Linux).
    @inline(__always)
    static func float16(_ x: SIMD16<Float>) -> SIMD16<Float> {
        let w = -Log1p.float16(-(x * x))
        guard all(w .< 5) else {
            var r = SIMD16<Float>()
            for l in 0..<16 { r[l] = float(x[l]) }
            return r
        }
        let v = w - 2.5
        var p = SIMD16<Float>(repeating: a.0)
        p = a.1 + p * v; p = a.2 + p * v; p = a.3 + p * v; p = a.4 + p * v
        p = a.5 + p * v; p = a.6 + p * v; p = a.7 + p * v; p = a.8 + p * v
        return p * x
    }

    /// Double-precision inverse error function: the float approximation (evaluated in double)
    /// refined by two Newton steps on `erf` (on `erfc` near ±1, where `1 - |x|` is exact).
    static func double(_ x: Double) -> Double {
        if x.magnitude >= 1 { return x.magnitude == 1 ? x * .infinity : .nan }
        let t = x.magnitude
        var w = -cLog1p(-(t * t))
        var y: Double
        if w < 5 {
            w -= 2.5
            y = 2.81022636e-08
            y = 3.43273939e-07 + y * w; y = -3.5233877e-06 + y * w; y = -4.39150654e-06 + y * w
            y = 0.00021858087 + y * w; y = -0.00125372503 + y * w; y = -0.00417768164 + y * w
            y = 0.246640727 + y * w; y = 1.50140941 + y * w
        } else {
            w = w.squareRoot() - 3
            y = -0.000200214257
            y = 0.000100950558 + y * w; y = 0.00134934322 + y * w; y = -0.00367342844 + y * w
            y = 0.00573950773 + y * w; y = -0.0076224613 + y * w; y = 0.00943887047 + y * w
            y = 1.00167406 + y * w; y = 2.83297682 + y * w
        }
        y *= t
        let twoOverSqrtPi = 1.1283791670955126
        for _ in 0..<2 {
            let slope = twoOverSqrtPi * cExp(-(y * y))
            if t < 0.5 {
                y -= (cErf(y) - t) / slope
            } else {
                y += (cErfc(y) - (1 - t)) / slope
            }
        }
        return x < 0 ? -y : y
    }
}
