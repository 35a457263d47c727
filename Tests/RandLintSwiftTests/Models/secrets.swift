// Returned values, append writes, drawn-index elements, using: draws, generator-typed parameters.
import Glibc
import RandomKeys

func makeToken(key: RandomKey) -> String {
    var token = ""
    let chars = Array("abcdef0123456789")
    for _ in 0..<16 {
        token.append(chars[Int(random() % 16)])
    }
    return token
}

func sessionID() -> String {
    String(format: "%08x", arc4random())
}

func salt(g: inout SplitMix) -> UInt64 {
    g.next()
}

func apiKey(key: RandomKey) -> UInt64 {
    let k = key.bits()
    return k
}

func pw(rng: inout some RandomNumberGenerator) -> Int {
    let password = Int.random(in: 0..<1_000_000, using: &rng)
    return password
}

struct S { var nonce: UInt32 = 0 }
func fill(s: inout S) {
    s.nonce = UInt32(truncatingIfNeeded: rand())
    var sys = SystemRandomNumberGenerator()
    let otp = Int.random(in: 0..<999999, using: &sys)
    print(otp)
}

struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 { state &+= 1; return state }
}
