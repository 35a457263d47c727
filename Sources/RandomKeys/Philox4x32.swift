/// The Philox-4x32 block function with 10 rounds (Random123 `philox4x32_R(10, ctr, key)`,
/// the generator behind cuRAND's `curandStatePhilox4_32_10_t` and PyTorch's CUDA generator).
///
/// A pure map from a 64-bit key (two words) and a 128-bit counter (four words) to 128 bits.
public enum Philox4x32 {
    @usableFromInline static let m0: UInt32 = 0xD251_1F53
    @usableFromInline static let m1: UInt32 = 0xCD9E_8D57
    @usableFromInline static let w0: UInt32 = 0x9E37_79B9
    @usableFromInline static let w1: UInt32 = 0xBB67_AE85

    /// One block: `counter.0` is Random123's `ctr.v[0]`, `key.0` is `key.v[0]`.
    @inlinable
    public static func block(
        key: (UInt32, UInt32), counter: (UInt32, UInt32, UInt32, UInt32)
    ) -> (UInt32, UInt32, UInt32, UInt32) {
        var k0 = key.0, k1 = key.1
        var c = counter
        for round in 0..<10 {
            if round > 0 { k0 = k0 &+ w0; k1 = k1 &+ w1 }
            let p0 = UInt64(m0) &* UInt64(c.0)
            let p1 = UInt64(m1) &* UInt64(c.2)
            c = (UInt32(truncatingIfNeeded: p1 >> 32) ^ c.1 ^ k0, UInt32(truncatingIfNeeded: p1),
                 UInt32(truncatingIfNeeded: p0 >> 32) ^ c.3 ^ k1, UInt32(truncatingIfNeeded: p0))
        }
        return c
    }
}
