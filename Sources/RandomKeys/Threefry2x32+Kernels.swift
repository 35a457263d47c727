internal import RandomKeysKernels

/// The bulk threefry2x32 kernels of the partitionable layout, compiled by clang for the
/// baseline, AVX2 and AVX-512 and chosen at run time (`RandomKeysKernels`), so a plain
/// `swift build -c release` runs the vector code the CPU has. Same bits on every level.
enum ThreefryKernels {
    /// Forces an instruction-set level (0 baseline, 1 AVX2, 2 AVX-512; clamped to what the CPU
    /// supports; negative: detect again) and returns the level in use. For tests.
    @discardableResult
    static func force(level: Int) -> Int { Int(rkk_force_level(Int32(level))) }

    /// `out[j] = y0 ^ y1` of block `start + j`.
    static func xor(key: (UInt32, UInt32), start: UInt64, _ out: UnsafeMutableBufferPointer<UInt32>) {
        guard let p = out.baseAddress else { return }
        rkk_threefry_xor(key.0, key.1, start, p, out.count)
    }

    /// `out[j] = (y0 << 32) | y1` of block `start + j`.
    static func wide(key: (UInt32, UInt32), start: UInt64, _ out: UnsafeMutableBufferPointer<UInt64>) {
        guard let p = out.baseAddress else { return }
        rkk_threefry_wide(key.0, key.1, start, p, out.count)
    }

    /// `out[j] = RandomKey.unitFloat(y0 ^ y1)` of block `start + j`.
    static func uniform(key: (UInt32, UInt32), start: UInt64, _ out: UnsafeMutableBufferPointer<Float>) {
        guard let p = out.baseAddress else { return }
        rkk_threefry_uniform_f32(key.0, key.1, start, p, out.count)
    }

    /// `out[j] = RandomKey.normalFloat(y0 ^ y1)` of block `start + j`.
    static func normal(key: (UInt32, UInt32), start: UInt64, _ out: UnsafeMutableBufferPointer<Float>) {
        guard let p = out.baseAddress else { return }
        rkk_threefry_normal_f32(key.0, key.1, start, p, out.count)
    }
}
