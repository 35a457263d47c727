// A consistent-hash bucket: an FNV-1a hash of the name reduced % buckets; no draw involved.
func bucket(for name: String, buckets: Int) -> Int {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in name.utf8 {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
    }
    return Int(hash % UInt64(buckets))
}
