import RandomKeys

func choose(key: RandomKey, mode: Int, flag: Bool) throws -> Double {
    if flag {
        _ = key.uniform()
    } else if mode > 2 {
        _ = key.normal()
    } else {
        return 0
    }
    guard mode != 7 else {
        throw Failure()
    }
    switch mode {
    case 0:
        srand(1)
        fallthrough
    case 1:
        _ = rand()
    case 2:
        break
    default:
        _ = Int.random(in: 0..<3)
    }
    switch mode {
    case 3: srand(2)
    case 4: return 1
    }
    let x = flag ? key.uniform() : key.normal()
    let y = flag && rand() > 4
    let z = Int?.none ?? Int.random(in: 0..<2)
    do {
        try risky(key)
    } catch {
        srand(9)
    }
    if flag { print("no events") }
    return x + Double(z) + (y ? 1 : 0)
}
