// The raw-bit layouts every distribution is written over. Three primitives per implementation:
// derived keys (split / fold_in), uint32 and uint64 bulk bits in JAX's `bits(key, shape)`
// layout, and a 64-bit word stream for samplers that need a variable number of draws.

extension RandomKey {
    @inlinable var threefryKey: (UInt32, UInt32) {
        (UInt32(truncatingIfNeeded: word0), UInt32(truncatingIfNeeded: word1))
    }

    @inlinable var philox32Key: (UInt32, UInt32) {
        (UInt32(truncatingIfNeeded: word0), UInt32(truncatingIfNeeded: word1))
    }

    /// Counter word 3 of the Philox blocks that derive keys, so that derived keys never share
    /// a block with the bit stream (cuRAND reaches it only at subsequence ≥ 2^63; numpy only
    /// after 2^255 blocks).
    @usableFromInline static let philox32DeriveTag: UInt32 = 0x8000_0000
    @usableFromInline static let philox64DeriveTag: UInt64 = 1 << 63

    /// Key `index` of `split(into: count)`. For every implementation except the legacy layout
    /// this does not depend on `count` and equals `fold(in: index)`.
    @usableFromInline
    func derivedKey(_ index: UInt64, of count: UInt64) -> RandomKey {
        switch implementation {
        case .threefry2x32:
            let (y0, y1) = Threefry2x32.block(
                key: threefryKey,
                counter: (UInt32(truncatingIfNeeded: index >> 32), UInt32(truncatingIfNeeded: index)))
            return RandomKey(unchecked: implementation, UInt64(y0), UInt64(y1))
        case .threefry2x32Legacy:
            // reshape(threefry_2x32(key, iota(2n)), (n, 2)): flat word f is y0 of block f when
            // f < n, else y1 of block f - n; block j has counter (j, n + j).
            let n = count
            func word(_ f: UInt64) -> UInt64 {
                let j = f < n ? f : f - n
                let (y0, y1) = Threefry2x32.block(
                    key: threefryKey, counter: (UInt32(truncatingIfNeeded: j), UInt32(truncatingIfNeeded: n + j)))
                return UInt64(f < n ? y0 : y1)
            }
            return RandomKey(unchecked: implementation, word(2 * index), word(2 * index + 1))
        case .philox4x32:
            let b = Philox4x32.block(
                key: philox32Key,
                counter: (UInt32(truncatingIfNeeded: index), UInt32(truncatingIfNeeded: index >> 32), 0, Self.philox32DeriveTag))
            return RandomKey(unchecked: implementation, UInt64(b.0), UInt64(b.1))
        case .philox4x64:
            let b = Philox4x64.block(key: (word0, word1), counter: (index, 0, 0, Self.philox64DeriveTag))
            return RandomKey(unchecked: implementation, b.0, b.1)
        case .jaxPhilox4x32:
            let b = Philox4x32.block(
                key: philox32Key, counter: (0, 0, UInt32(truncatingIfNeeded: index >> 32), UInt32(truncatingIfNeeded: index)))
            return RandomKey(unchecked: implementation, UInt64(b.0), UInt64(b.1))
        }
    }

    /// `fold_in(key, data)`: the threefry block with counter `(0, data)` in both JAX layouts;
    /// for Philox the same derivation as `split`.
    @usableFromInline
    func foldedKey(_ data: UInt32) -> RandomKey {
        switch implementation {
        case .threefry2x32, .threefry2x32Legacy:
            let (y0, y1) = Threefry2x32.block(key: threefryKey, counter: (0, data))
            return RandomKey(unchecked: implementation, UInt64(y0), UInt64(y1))
        case .philox4x32, .philox4x64, .jaxPhilox4x32:
            return derivedKey(UInt64(data), of: UInt64(data) + 1)
        }
    }

    /// Fills `out` as `jax.random.bits(key, (out.count,), uint32)`; for Philox with the
    /// generator's native stream (cuRAND order; numpy's low-half-first for 4x64).
    @usableFromInline
    func fillBits32(_ out: UnsafeMutableBufferPointer<UInt32>) {
        guard let p = out.baseAddress else { return }
        let n = out.count
        switch implementation {
        case .threefry2x32:
            Threefry2x32.fillXor(key: threefryKey, start: 0, out)
        case .threefry2x32Legacy:
            precondition(UInt64(n) < UInt64(UInt32.max), "the legacy threefry layout draws fewer than 2^32 - 1 words at once")
            // threefry_2x32(key, iota(n)): padded to 2h with a trailing 0.
            let h = (n + 1) / 2
            for j in 0..<h {
                let c1 = (h + j < n) ? UInt32(truncatingIfNeeded: h + j) : 0
                let (y0, y1) = Threefry2x32.block(key: threefryKey, counter: (UInt32(truncatingIfNeeded: j), c1))
                p[j] = y0
                if h + j < n { p[h + j] = y1 }
            }
        case .philox4x32:
            let key = philox32Key
            var i = 0
            var block: UInt64 = 0
            while i < n {
                let b = Philox4x32.block(
                    key: key, counter: (UInt32(truncatingIfNeeded: block), UInt32(truncatingIfNeeded: block >> 32), 0, 0))
                if n - i >= 4 {
                    p[i] = b.0; p[i + 1] = b.1; p[i + 2] = b.2; p[i + 3] = b.3
                    i += 4
                } else {
                    let words = (b.0, b.1, b.2, b.3)
                    withUnsafeBytes(of: words) { raw in
                        for w in 0..<(n - i) { p[i + w] = raw.load(fromByteOffset: 4 * w, as: UInt32.self) }
                    }
                    i = n
                }
                block += 1
            }
        case .jaxPhilox4x32:
            for i in 0..<n {
                let b = jaxPhiloxBlock(UInt64(i))
                p[i] = b.0 ^ b.1 ^ b.2 ^ b.3
            }
        case .philox4x64:
            var i = 0
            var block: UInt64 = 1  // numpy increments the counter before each block
            while i < n {
                let b = Philox4x64.block(key: (word0, word1), counter: (block, 0, 0, 0))
                // Each 64-bit word gives two 32-bit words, low half first (numpy's next_uint32).
                let words = (b.0, b.1, b.2, b.3)
                withUnsafeBytes(of: words) { raw in
                    for h in 0..<8 where i < n {
                        let w = raw.load(fromByteOffset: 8 * (h / 2), as: UInt64.self)
                        p[i] = UInt32(truncatingIfNeeded: h % 2 == 0 ? w : w >> 32)
                        i += 1
                    }
                }
                block += 1
            }
        }
    }

    /// Fills `out` as `jax.random.bits(key, (out.count,), uint64)` (x64 enabled); for Philox
    /// with the native stream (4x32: two words, low first; 4x64: numpy's `random_raw`).
    @usableFromInline
    func fillBits64(_ out: UnsafeMutableBufferPointer<UInt64>) {
        guard let p = out.baseAddress else { return }
        let n = out.count
        switch implementation {
        case .threefry2x32:
            Threefry2x32.fillWide(key: threefryKey, start: 0, out)
        case .threefry2x32Legacy:
            precondition(UInt64(n) < UInt64(UInt32.max) / 2, "the legacy threefry layout draws fewer than 2^31 words at once")
            // w = threefry_2x32(key, iota(2n)); out[i] = (w[i] << 32) | w[n + i]: block (i, n + i).
            for i in 0..<n {
                let (y0, y1) = Threefry2x32.block(
                    key: threefryKey, counter: (UInt32(truncatingIfNeeded: i), UInt32(truncatingIfNeeded: n + i)))
                p[i] = UInt64(y0) << 32 | UInt64(y1)
            }
        case .philox4x32, .philox4x64, .jaxPhilox4x32:
            for i in 0..<n { p[i] = word64(at: UInt64(i)) }
        }
    }

    /// Word `index` of the key's 64-bit stream, used by `generator()` and by the samplers that
    /// draw a variable number of words (`integer(in:)`, `gamma`). For threefry (both layouts)
    /// it is element `index` of the partitionable uint64 `bits`; for Philox the native stream.
    @usableFromInline
    func word64(at index: UInt64) -> UInt64 {
        switch implementation {
        case .threefry2x32, .threefry2x32Legacy:
            let (y0, y1) = Threefry2x32.block(
                key: threefryKey, counter: (UInt32(truncatingIfNeeded: index >> 32), UInt32(truncatingIfNeeded: index)))
            return UInt64(y0) << 32 | UInt64(y1)
        case .philox4x32:
            let block = index >> 1
            let b = Philox4x32.block(
                key: philox32Key, counter: (UInt32(truncatingIfNeeded: block), UInt32(truncatingIfNeeded: block >> 32), 0, 0))
            return index & 1 == 0 ? UInt64(b.0) | UInt64(b.1) << 32 : UInt64(b.2) | UInt64(b.3) << 32
        case .jaxPhilox4x32:
            let b = jaxPhiloxBlock(index)
            return UInt64(b.0) << 32 | UInt64(b.1)
        case .philox4x64:
            let b = Philox4x64.block(key: (word0, word1), counter: (index >> 2 &+ 1, 0, 0, 0))
            switch index & 3 {
            case 0: return b.0
            case 1: return b.1
            case 2: return b.2
            default: return b.3
            }
        }
    }

    /// The block of element `index` in JAX's philox4x32 layout: counter `(index >> 32, index, 0, 0)`.
    @inline(__always)
    func jaxPhiloxBlock(_ index: UInt64) -> (UInt32, UInt32, UInt32, UInt32) {
        Philox4x32.block(key: philox32Key, counter: (UInt32(truncatingIfNeeded: index >> 32), UInt32(truncatingIfNeeded: index), 0, 0))
    }
}
