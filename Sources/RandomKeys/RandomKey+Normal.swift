extension RandomKey {
    /// JAX's float32 normal from 32 bits: `u` uniform in [nextafter(-1, 0), 1), then
    /// `sqrt(2) * erfinv(u)`. The scaling `u * 2 + lower` is exact in the product, so one
    /// rounding gives the same value as XLA's FMA.
    @inline(__always)
    static func normalFloat(_ bits: UInt32) -> Float {
        let lower: Float = -0x1.fffffep-1  // nextafter(-1, 0)
        var u = unitFloat(bits) * 2 + lower
        if !(u >= lower) { u = lower }
        return Float(2.0.squareRoot()) * ErfInv.float(u)
    }

    /// `normalFloat` on 16 lanes, bit-identical lane by lane.
    @inline(__always)
    static func normalFloat16(_ bits: SIMD16<UInt32>) -> SIMD16<Float> {
        let lower: Float = -0x1.fffffep-1
        var u = unitFloat16(bits) * 2 + lower
        u = u.replacing(with: lower, where: .!(u .>= lower))
        return Float(2.0.squareRoot()) * ErfInv.float16(u)
    }

    /// JAX's float64 normal from 64 bits (x64 enabled), with an erfinv accurate to double.
    @inline(__always)
    static func normalDouble(_ bits: UInt64) -> Double {
        let lower: Double = -0x1.fffffffffffffp-1
        let u = Swift.max(lower, unitDouble(bits) * 2 + lower)
        return 2.0.squareRoot() * ErfInv.double(u)
    }

    /// A standard normal Double: `jax.random.normal(key, (), float64)` up to erfinv rounding.
    public func normal() -> Double { Self.normalDouble(bits()) }

    /// A standard normal Float: `jax.random.normal(key)` within a few ulp (see the docs).
    @_disfavoredOverload
    public func normal() -> Float { Self.normalFloat(bits()) }

    /// A normal Double with the given mean and standard deviation.
    public func normal(mean: Double, standardDeviation: Double) -> Double {
        mean + standardDeviation * normal()
    }

    /// `count` standard normal Doubles (JAX layout, float64).
    public func normal(count: Int) -> [Double] {
        [Double](unsafeUninitializedCapacity: count) { b, n in fill(normal: b); n = count }
    }

    /// `count` standard normal Floats: `jax.random.normal(key, (count,))`.
    @_disfavoredOverload
    public func normal(count: Int) -> [Float] {
        [Float](unsafeUninitializedCapacity: count) { b, n in fill(normal: b); n = count }
    }

    /// Fills a buffer with `jax.random.normal(key, (buffer.count,))` (float32).
    public func fill(normal buffer: UnsafeMutableBufferPointer<Float>) {
        if implementation == .threefry2x32 { return ThreefryKernels.normal(key: threefryKey, start: 0, buffer) }
        fillMapped32(buffer, vector: { Self.normalFloat16($0) }) { Self.normalFloat($0) }
    }

    /// Fills a buffer with standard normal Doubles (float64 layout).
    public func fill(normal buffer: UnsafeMutableBufferPointer<Double>) {
        fillMapped64(buffer) { Self.normalDouble($0) }
    }
}
