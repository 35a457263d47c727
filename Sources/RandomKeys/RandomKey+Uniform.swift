extension RandomKey {
    /// float32 in [0, 1) from 32 bits, as JAX: `bitcast((bits >> 9) | 0x3F800000) - 1`.
    @inline(__always)
    static func unitFloat(_ bits: UInt32) -> Float {
        Float(bitPattern: bits >> 9 | 0x3F80_0000) - 1
    }

    /// float64 in [0, 1) from 64 bits, as JAX: `bitcast((bits >> 12) | 0x3FF0…0) - 1`.
    @inline(__always)
    static func unitDouble(_ bits: UInt64) -> Double {
        Double(bitPattern: bits >> 12 | 0x3FF0_0000_0000_0000) - 1
    }

    /// JAX's scaling to [lower, upper): `max(lower, fma(u, upper - lower, lower))`.
    @inline(__always)
    static func scale<T: BinaryFloatingPoint>(_ u: T, _ lower: T, _ upper: T) -> T {
        Swift.max(lower, lower.addingProduct(u, upper - lower))
    }

    /// Words per chunk of the threefry bulk paths: the kernel fills a chunk that stays in L1,
    /// then the transform reads it.
    static let chunkWords = 1024

    /// Fills `out[i] = transform(bits[i])` with `bits` laid out as `bits(count: out.count)`,
    /// sixteen lanes at a time through `vector` (which must equal `transform` lane by lane).
    @inline(__always)
    func fillMapped32<T: SIMDScalar>(
        _ out: UnsafeMutableBufferPointer<T>,
        vector: (SIMD16<UInt32>) -> SIMD16<T>, _ transform: (UInt32) -> T
    ) {
        guard let p = out.baseAddress else { return }
        if implementation == .threefry2x32 {
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.chunkWords) { chunk in
                var j = 0
                while j < out.count {
                    let words = UnsafeMutableBufferPointer(rebasing: chunk[0..<min(Self.chunkWords, out.count - j)])
                    ThreefryKernels.xor(key: threefryKey, start: UInt64(j), words)
                    Self.map(UnsafeBufferPointer(words), into: p + j, vector: vector, transform)
                    j += words.count
                }
            }
        } else {
            let words: [UInt32] = bits(count: out.count)
            words.withUnsafeBufferPointer { Self.map($0, into: p, vector: vector, transform) }
        }
    }

    @inline(__always)
    static func map<T: SIMDScalar>(
        _ words: UnsafeBufferPointer<UInt32>, into p: UnsafeMutablePointer<T>,
        vector: (SIMD16<UInt32>) -> SIMD16<T>, _ transform: (UInt32) -> T
    ) {
        var j = 0
        while j + 16 <= words.count {
            var b = SIMD16<UInt32>()
            for l in 0..<16 { b[l] = words[j + l] }
            let v = vector(b)
            for l in 0..<16 { p[j + l] = v[l] }
            j += 16
        }
        while j < words.count { p[j] = transform(words[j]); j += 1 }
    }

    @inline(__always)
    static func unitFloat16(_ bits: SIMD16<UInt32>) -> SIMD16<Float> {
        unsafeBitCast((bits &>> 9) | 0x3F80_0000, to: SIMD16<Float>.self) - 1
    }

    @inline(__always)
    func fillMapped64<T>(_ out: UnsafeMutableBufferPointer<T>, _ transform: (UInt64) -> T) {
        guard let p = out.baseAddress else { return }
        if implementation == .threefry2x32 {
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.chunkWords) { chunk in
                var j = 0
                while j < out.count {
                    let words = UnsafeMutableBufferPointer(rebasing: chunk[0..<min(Self.chunkWords, out.count - j)])
                    ThreefryKernels.wide(key: threefryKey, start: UInt64(j), words)
                    for l in words.indices { p[j + l] = transform(words[l]) }
                    j += words.count
                }
            }
        } else {
            let words: [UInt64] = bits(count: out.count)
            for i in 0..<out.count { p[i] = transform(words[i]) }
        }
    }

    /// A Double in [0, 1) with 52 random bits: `jax.random.uniform(key, (), float64)`.
    public func uniform() -> Double { Self.unitDouble(bits()) }

    /// A Float in [0, 1) with 23 random bits: `jax.random.uniform(key)` (float32).
    @_disfavoredOverload
    public func uniform() -> Float { Self.unitFloat(bits()) }

    /// A Double in `range`: `jax.random.uniform(key, (), float64, lower, upper)`.
    public func uniform(in range: Range<Double>) -> Double {
        Self.scale(uniform(), range.lowerBound, range.upperBound)
    }

    /// A Float in `range`: `jax.random.uniform(key, (), float32, lower, upper)` (JAX's
    /// `u * (upper - lower) + lower` computed with one rounding, as XLA's FMA does).
    @_disfavoredOverload
    public func uniform(in range: Range<Float>) -> Float {
        Self.scale(uniform(), range.lowerBound, range.upperBound)
    }

    /// `count` Doubles in [0, 1): `jax.random.uniform(key, (count,), float64)`.
    public func uniform(count: Int) -> [Double] {
        [Double](unsafeUninitializedCapacity: count) { b, n in fill(uniform: b); n = count }
    }

    /// `count` Floats in [0, 1): `jax.random.uniform(key, (count,))`.
    @_disfavoredOverload
    public func uniform(count: Int) -> [Float] {
        [Float](unsafeUninitializedCapacity: count) { b, n in fill(uniform: b); n = count }
    }

    /// `count` Doubles in `range` (JAX layout).
    public func uniform(count: Int, in range: Range<Double>) -> [Double] {
        [Double](unsafeUninitializedCapacity: count) { b, n in fill(uniform: b, in: range); n = count }
    }

    /// `count` Floats in `range`: `jax.random.uniform(key, (count,), float32, lower, upper)`.
    @_disfavoredOverload
    public func uniform(count: Int, in range: Range<Float>) -> [Float] {
        [Float](unsafeUninitializedCapacity: count) { b, n in fill(uniform: b, in: range); n = count }
    }

    /// Fills a buffer with `jax.random.uniform(key, (buffer.count,))` (float32).
    public func fill(uniform buffer: UnsafeMutableBufferPointer<Float>) {
        if implementation == .threefry2x32 { return ThreefryKernels.uniform(key: threefryKey, start: 0, buffer) }
        fillMapped32(buffer, vector: { Self.unitFloat16($0) }) { Self.unitFloat($0) }
    }

    /// Fills a buffer with float32 values in `range` (JAX layout and rounding).
    public func fill(uniform buffer: UnsafeMutableBufferPointer<Float>, in range: Range<Float>) {
        let lower = range.lowerBound, upper = range.upperBound
        fillMapped32(buffer, vector: { bits in
            let u = Self.unitFloat16(bits)
            var v = SIMD16<Float>()
            for l in 0..<16 { v[l] = Self.scale(u[l], lower, upper) }
            return v
        }) { Self.scale(Self.unitFloat($0), lower, upper) }
    }

    /// Fills a buffer with `jax.random.uniform(key, (buffer.count,), float64)`.
    public func fill(uniform buffer: UnsafeMutableBufferPointer<Double>) {
        fillMapped64(buffer) { Self.unitDouble($0) }
    }

    /// Fills a buffer with float64 values in `range` (JAX layout).
    public func fill(uniform buffer: UnsafeMutableBufferPointer<Double>, in range: Range<Double>) {
        let lower = range.lowerBound, upper = range.upperBound
        fillMapped64(buffer) { Self.scale(Self.unitDouble($0), lower, upper) }
    }
}
