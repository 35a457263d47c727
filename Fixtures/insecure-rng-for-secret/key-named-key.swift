// A RandomKey called `key` and a dictionary key are not secrets.
import RandomKeys

func assign(buckets: inout [UInt64: Double], key: RandomKey) {
    let (k1, k2) = key.split()
    let bucketKey = k1.bits()
    buckets[bucketKey] = k2.uniform()
}
