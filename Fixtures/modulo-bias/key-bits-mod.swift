// A key's raw bits stored in a local, then reduced with % width.
import RandomKeys

func randomPixelOffset(key: RandomKey, width: Int) -> Int {
    let raw: UInt32 = key.bits()
    return Int(raw % UInt32(width)) // expect: modulo-bias
}
