// Reductions by constant powers of two (256, 1 << 10, a static let of 64): unbiased.
enum ShardRouter {
    static let shardSlots = 64
}

struct Placement {
    var byte: UInt8
    var page: Int
    var shard: Int
}

func randomPlacement<G: RandomNumberGenerator>(using g: inout G) -> Placement {
    let byte = UInt8(g.next() % 256)
    let page = Int(g.next() % (1 << 10))
    let shard = Int(g.next() % UInt64(ShardRouter.shardSlots))
    return Placement(byte: byte, page: page, shard: shard)
}
