extension RandomKey {
    /// 32 random bits: `jax.random.bits(key)` (shape `()`, uint32).
    public func bits() -> UInt32 {
        var b: UInt32 = 0
        withUnsafeMutablePointer(to: &b) { fillBits32(UnsafeMutableBufferPointer(start: $0, count: 1)) }
        return b
    }

    /// 64 random bits: `jax.random.bits(key, (), uint64)` with x64 enabled.
    @_disfavoredOverload
    public func bits() -> UInt64 {
        var b: UInt64 = 0
        withUnsafeMutablePointer(to: &b) { fillBits64(UnsafeMutableBufferPointer(start: $0, count: 1)) }
        return b
    }

    /// `count` uint32 words: `jax.random.bits(key, (count,))`. A multi-dimensional JAX shape
    /// is the same words in row-major order (`(3, 5)` is `bits(count: 15)`).
    public func bits(count: Int) -> [UInt32] {
        [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
            fillBits32(buffer)
            initialized = count
        }
    }

    /// `count` uint64 words: `jax.random.bits(key, (count,), uint64)` with x64 enabled.
    @_disfavoredOverload
    public func bits(count: Int) -> [UInt64] {
        [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
            fillBits64(buffer)
            initialized = count
        }
    }

    /// `count` uint16 words: `jax.random.bits(key, (count,), uint16)`.
    @_disfavoredOverload
    public func bits(count: Int) -> [UInt16] { narrowBits(count: count) }

    /// `count` bytes: `jax.random.bits(key, (count,), uint8)`.
    @_disfavoredOverload
    public func bits(count: Int) -> [UInt8] { narrowBits(count: count) }

    /// Fills a buffer with `jax.random.bits(key, (buffer.count,))`: the fastest bulk form.
    public func fill(bits buffer: UnsafeMutableBufferPointer<UInt32>) { fillBits32(buffer) }

    /// Fills a buffer with `jax.random.bits(key, (buffer.count,), uint64)`.
    public func fill(bits buffer: UnsafeMutableBufferPointer<UInt64>) { fillBits64(buffer) }

    /// uint8 / uint16: the low bits of each uint32 element; in JAX's legacy layout the uint32
    /// words of `iota(ceil(n * width / 32))` unpacked little-endian.
    func narrowBits<T: FixedWidthInteger & UnsignedInteger>(count: Int) -> [T] {
        let width = T.bitWidth
        if implementation == .threefry2x32Legacy {
            let words: [UInt32] = bits(count: (count * width + 31) / 32)
            return (0..<count).map { i in
                let bit = i * width
                return T(truncatingIfNeeded: words[bit / 32] >> UInt32(bit % 32))
            }
        }
        let words: [UInt32] = bits(count: count)
        return words.map { T(truncatingIfNeeded: $0) }
    }
}
