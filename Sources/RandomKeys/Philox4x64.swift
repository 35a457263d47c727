/// The Philox-4x64 block function with 10 rounds (Random123 `philox4x64_R(10, ctr, key)`,
/// numpy's `np.random.Philox` bit generator).
///
/// A pure map from a 128-bit key (two words) and a 256-bit counter (four words) to 256 bits.
public enum Philox4x64 {
    @usableFromInline static let m0: UInt64 = 0xD2E7_470E_E14C_6C93
    @usableFromInline static let m1: UInt64 = 0xCA5A_8263_9512_1157
    @usableFromInline static let w0: UInt64 = 0x9E37_79B9_7F4A_7C15
    @usableFromInline static let w1: UInt64 = 0xBB67_AE85_84CA_A73B

    /// One block: `counter.0` is Random123's `ctr.v[0]` (numpy's least significant counter
    /// word), `key.0` is `key.v[0]`.
    @inlinable
    public static func block(
        key: (UInt64, UInt64), counter: (UInt64, UInt64, UInt64, UInt64)
    ) -> (UInt64, UInt64, UInt64, UInt64) {
        var k0 = key.0, k1 = key.1
        var c = counter
        for round in 0..<10 {
            if round > 0 { k0 = k0 &+ w0; k1 = k1 &+ w1 }
            let p0 = m0.multipliedFullWidth(by: c.0)
            let p1 = m1.multipliedFullWidth(by: c.2)
            c = (p1.high ^ c.1 ^ k0, p1.low, p0.high ^ c.3 ^ k1, p0.low)
        }
        return c
    }

    /// numpy's `Philox(key=…, counter=…)` convention: the 256-bit counter is incremented (with
    /// carry) *before* each block, so `random_raw` starts with `block(counter + 1)`.
    public static func numpyIncrement(
        _ c: (UInt64, UInt64, UInt64, UInt64)
    ) -> (UInt64, UInt64, UInt64, UInt64) {
        var r = c
        r.0 = r.0 &+ 1
        if r.0 == 0 {
            r.1 = r.1 &+ 1
            if r.1 == 0 {
                r.2 = r.2 &+ 1
                if r.2 == 0 { r.3 = r.3 &+ 1 }
            }
        }
        return r
    }
}
