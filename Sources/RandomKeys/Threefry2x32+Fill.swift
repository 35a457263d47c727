extension Threefry2x32 {
    /// `out[j] = y0 ^ y1` of block `start + j`: JAX's uint32 `bits` in the partitionable layout.
    public static func fillXor(key: (UInt32, UInt32), start: UInt64, _ out: UnsafeMutableBufferPointer<UInt32>) {
        ThreefryKernels.xor(key: key, start: start, out)
    }

    /// `out[j] = (y0 << 32) | y1` of block `start + j`: JAX's uint64 `bits` (partitionable).
    public static func fillWide(key: (UInt32, UInt32), start: UInt64, _ out: UnsafeMutableBufferPointer<UInt64>) {
        ThreefryKernels.wide(key: key, start: start, out)
    }
}
