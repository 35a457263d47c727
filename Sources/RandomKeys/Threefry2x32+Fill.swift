extension Threefry2x32 {
    /// Sixteen blocks at once: counters `(hi, lo[l])` for the 16 lanes `l`. The same
    /// arithmetic as `block`, on SIMD vectors (one AVX-512 register, two AVX2 registers).
    @inlinable @inline(__always)
    static func block16(key: (UInt32, UInt32), hi: UInt32, lo: SIMD16<UInt32>) -> (SIMD16<UInt32>, SIMD16<UInt32>) {
        let k0 = key.0, k1 = key.1, k2 = key.0 ^ key.1 ^ parity
        var x0 = SIMD16<UInt32>(repeating: hi &+ k0)
        var x1 = lo &+ k1
        @inline(__always) func round(_ r: UInt32) {
            x0 = x0 &+ x1
            x1 = (x1 &<< r) | (x1 &>> (32 - r))
            x1 ^= x0
        }
        round(13); round(15); round(26); round(6)
        x0 = x0 &+ k1; x1 = x1 &+ (k2 &+ 1)
        round(17); round(29); round(16); round(24)
        x0 = x0 &+ k2; x1 = x1 &+ (k0 &+ 2)
        round(13); round(15); round(26); round(6)
        x0 = x0 &+ k0; x1 = x1 &+ (k1 &+ 3)
        round(17); round(29); round(16); round(24)
        x0 = x0 &+ k1; x1 = x1 &+ (k2 &+ 4)
        round(13); round(15); round(26); round(6)
        x0 = x0 &+ k2; x1 = x1 &+ (k0 &+ 5)
        return (x0, x1)
    }

    @usableFromInline static let lanes = SIMD16<UInt32>(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)

    /// Bulk kernel of the partitionable layout: for every `j in 0..<count`, with flat index
    /// `i = start + j` and counter `(i >> 32, i & 0xFFFFFFFF)`, produces block `(y0, y1)`:
    /// sixteen at a time through `vector(j, y0s, y1s)` (lanes `j..<j+16`), the rest through
    /// `scalar(j, y0, y1)`. Every index is produced exactly once.
    @inlinable @inline(__always)
    static func forEachBlock(
        key: (UInt32, UInt32), start: UInt64, count: Int,
        vector: (Int, SIMD16<UInt32>, SIMD16<UInt32>) -> Void,
        scalar: (Int, UInt32, UInt32) -> Void
    ) {
        var done = 0
        while done < count {
            let i = start &+ UInt64(done)
            let hi = UInt32(truncatingIfNeeded: i >> 32)
            let lo = UInt32(truncatingIfNeeded: i)
            // Within a chunk the high counter word is constant and the low word does not wrap.
            let chunk = min(count &- done, Int(UInt64(1) << 32 &- UInt64(lo)))
            var j = 0
            while j &+ 16 <= chunk {
                let counters = SIMD16<UInt32>(repeating: lo &+ UInt32(truncatingIfNeeded: j)) &+ lanes
                let (y0, y1) = block16(key: key, hi: hi, lo: counters)
                vector(done &+ j, y0, y1)
                j &+= 16
            }
            while j < chunk {
                let (y0, y1) = block(key: key, counter: (hi, lo &+ UInt32(truncatingIfNeeded: j)))
                scalar(done &+ j, y0, y1)
                j &+= 1
            }
            done &+= chunk
        }
    }

    /// Scalar-only form of `forEachBlock`, for consumers that store both words per element.
    @inlinable @inline(__always)
    static func forEachBlock(
        key: (UInt32, UInt32), start: UInt64, count: Int, _ store: (Int, UInt32, UInt32) -> Void
    ) {
        forEachBlock(key: key, start: start, count: count, vector: { j, y0, y1 in
            for l in 0..<16 { store(j &+ l, y0[l], y1[l]) }
        }, scalar: store)
    }

    /// `out[j] = y0 ^ y1` of block `start + j`: JAX's uint32 `bits` in the partitionable layout.
    @inlinable
    public static func fillXor(key: (UInt32, UInt32), start: UInt64, _ out: UnsafeMutableBufferPointer<UInt32>) {
        guard let p = out.baseAddress else { return }
        forEachBlock(key: key, start: start, count: out.count) { j, y0, y1 in p[j] = y0 ^ y1 }
    }

    /// `out[j] = (y0 << 32) | y1` of block `start + j`: JAX's uint64 `bits` (partitionable).
    @inlinable
    public static func fillWide(key: (UInt32, UInt32), start: UInt64, _ out: UnsafeMutableBufferPointer<UInt64>) {
        guard let p = out.baseAddress else { return }
        forEachBlock(key: key, start: start, count: out.count) { j, y0, y1 in
            p[j] = UInt64(y0) << 32 | UInt64(y1)
        }
    }
}
