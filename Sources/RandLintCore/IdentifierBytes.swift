/// What a byte is to a name, for every byte-level scanner (the prefilter, the C directive scan,
/// dropped-call notes, the front ends' scans, fix text): ASCII letters, `_` and every byte of a
/// non-ASCII character start or continue a name (Swift and C both allow such names), digits
/// continue one. A name is always taken whole, so `ärand(` is not a call of `rand`, whichever
/// scanner reads it.
public enum IdentifierBytes {
    @inline(__always) public static func isStart(_ byte: UInt8) -> Bool {
        byte == 0x5F || byte >= 0x80 || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    @inline(__always) public static func isPart(_ byte: UInt8) -> Bool {
        isStart(byte) || (byte >= 0x30 && byte <= 0x39)
    }

    /// `isPart` for every byte value, for scanners that index a table.
    public static let parts: [Bool] = (0...255).map { isPart(UInt8($0)) }
}
