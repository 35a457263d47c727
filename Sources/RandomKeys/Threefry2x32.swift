/// The Threefry-2x32 block cipher with 20 rounds (Salmon et al., "Parallel random numbers:
/// as easy as 1, 2, 3", SC 2011), exactly as JAX's `threefry2x32_p` and Random123's
/// `threefry2x32_R(20, ctr, key)` compute it.
///
/// This is the raw counter-based function: a pure map from a 64-bit key and a 64-bit counter to
/// 64 random bits. Keys and distributions are built on it in `RandomKey`; use it directly only
/// to check against other implementations.
public enum Threefry2x32 {
    /// Skein's key-schedule parity constant.
    @usableFromInline static let parity: UInt32 = 0x1BD1_1BDA

    /// One block: `key = (k0, k1)`, `counter = (c0, c1)` → `(y0, y1)`. Rotations
    /// 13, 15, 26, 6, 17, 29, 16, 24; a key injection after every fourth round.
    @inlinable
    public static func block(key: (UInt32, UInt32), counter: (UInt32, UInt32)) -> (UInt32, UInt32) {
        let k0 = key.0, k1 = key.1, k2 = key.0 ^ key.1 ^ parity
        var x0 = counter.0 &+ k0
        var x1 = counter.1 &+ k1
        @inline(__always) func round(_ r: UInt32) {
            x0 = x0 &+ x1
            x1 = (x1 << r) | (x1 >> (32 - r))
            x1 ^= x0
        }
        round(13); round(15); round(26); round(6)
        x0 = x0 &+ k1; x1 = x1 &+ k2 &+ 1
        round(17); round(29); round(16); round(24)
        x0 = x0 &+ k2; x1 = x1 &+ k0 &+ 2
        round(13); round(15); round(26); round(6)
        x0 = x0 &+ k0; x1 = x1 &+ k1 &+ 3
        round(17); round(29); round(16); round(24)
        x0 = x0 &+ k1; x1 = x1 &+ k2 &+ 4
        round(13); round(15); round(26); round(6)
        x0 = x0 &+ k2; x1 = x1 &+ k0 &+ 5
        return (x0, x1)
    }

    /// JAX's `threefry_2x32(keypair, count)` array wrapper (the layout of the legacy,
    /// non-partitionable mode): pads `count` to even length `2h` with a trailing 0, runs blocks
    /// `(count[j], count[h + j])` and returns `[y0 of every block] + [y1 of every block]`,
    /// truncated to `count.count` words.
    public static func arrayAPI(key: (UInt32, UInt32), count: [UInt32]) -> [UInt32] {
        let m = count.count
        let h = (m + 1) / 2
        var padded = count
        if m % 2 == 1 { padded.append(0) }
        var out = [UInt32](repeating: 0, count: 2 * h)
        for j in 0..<h {
            let (y0, y1) = block(key: key, counter: (padded[j], padded[h + j]))
            out[j] = y0
            out[h + j] = y1
        }
        return Array(out.prefix(m))
    }
}
