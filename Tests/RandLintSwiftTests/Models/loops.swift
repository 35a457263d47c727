import Foundation
import RandomKeys

func loops(key: RandomKey, xs: [Int]) {
    var i = 0
    while i < rand() {
        i += 1
        if i > 10 { break }
        if i == 3 { continue }
    }
    repeat {
        srand(UInt32(i))
    } while drand48() < 0.5
    let ys = xs.map { x in x + Int.random(in: 0..<3) }
    let zs = xs.sorted { _, _ in Bool.random() }
    DispatchQueue.concurrentPerform(iterations: 4) { w in
        _ = key.fold(in: w).uniform()
    }
    Task {
        srand(3)
    }
    load { result in
        _ = key.normal()
        return
    }
    let f = { (k: RandomKey) in k.bits() }
    print(ys, zs, f)
    for x in xs where x > rand() {
        _ = x
    }
    if xs.isEmpty { fatalError("empty") }
    _ = xs.first { $0 > Int.random(in: 0...9) }
}
