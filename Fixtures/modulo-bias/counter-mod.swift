// Round-robin seating: the % applies to a counter offset by a bounded draw, not to raw bits.
import RandomKeys

func seatingOrder(players: [String], key: RandomKey) -> [String] {
    let start = key.integer(in: 0..<players.count)
    var order: [String] = []
    for i in 0..<players.count {
        order.append(players[(start + i) % players.count])
    }
    return order
}
