// RandomKeys throughput: bulk bits / uniform / normal into one large buffer and a million-key
// split, plus memset of the same buffer (the memory-bandwidth bound). One core, release build.
// Prints one JSON object; run.sh combines it with the numpy / jax figures.
import RandomKeys
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock time by default; `RK_BENCH_CLOCK=cpu` measures this thread's CPU time instead
/// (steadier on a machine shared with other jobs).
let clockID = getenv("RK_BENCH_CLOCK").map { String(cString: $0) } == "cpu" ? CLOCK_THREAD_CPUTIME_ID : CLOCK_MONOTONIC

func now() -> Double {
    var ts = timespec()
    clock_gettime(clockID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// Best wall time of `repeats` runs of `body`.
func best(_ repeats: Int, _ body: () -> Void) -> Double {
    var t = Double.infinity
    for _ in 0..<repeats {
        let start = now()
        body()
        t = min(t, now() - start)
    }
    return t
}

// `rkbench normal-f32 SEED COUNT`: writes RandomKey(seed: SEED).normal(count: COUNT) as raw
// little-endian float32 to stdout, for the comparison with jax.random.normal in normal_ulp.py.
if CommandLine.arguments.count == 4, CommandLine.arguments[1] == "normal-f32",
   let seed = Int64(CommandLine.arguments[2]), let count = Int(CommandLine.arguments[3]) {
    let values: [Float] = RandomKey(seed: seed).normal(count: count)
    values.withUnsafeBytes { bytes in
        var offset = 0
        while offset < bytes.count {
            let written = write(1, bytes.baseAddress! + offset, bytes.count - offset)
            if written <= 0 { exit(1) }
            offset += written
        }
    }
    exit(0)
}

let n = Int(getenv("RK_BENCH_N").map { String(cString: $0) } ?? "") ?? 100_000_000
let repeats = Int(getenv("RK_BENCH_REPEATS").map { String(cString: $0) } ?? "") ?? 3
let splitCount = 1_000_000

let raw = UnsafeMutableRawBufferPointer.allocate(byteCount: n * 4, alignment: 64)
defer { raw.deallocate() }
memset(raw.baseAddress!, 0, n * 4)  // fault the pages in before timing anything
let words = raw.bindMemory(to: UInt32.self)
let key = RandomKey(seed: 42)

let tMemset = best(repeats) { memset(raw.baseAddress!, 1, n * 4) }
let tBits = best(repeats) { key.fill(bits: words) }
let checkBits = words[n - 1]
let floats = raw.bindMemory(to: Float.self)
let tUniform = best(repeats) { key.fill(uniform: floats) }
let tNormal = best(repeats) { key.fill(normal: floats) }
let checkNormal = floats[n - 1]
var keys: [RandomKey] = []
// A new array while the previous one is still alive: every call writes freshly mapped pages.
let tSplitArrayFresh = best(repeats) { keys = key.split(into: splitCount) }
// A new array after the previous one was released, as in a loop that splits at every step:
// the allocator hands back the same memory, as numpy's and XLA's allocators do.
let tSplitArray = best(repeats) { keys = []; keys = key.split(into: splitCount) }
let keyBuffer = UnsafeMutableBufferPointer<RandomKey>.allocate(capacity: splitCount)
defer { keyBuffer.deallocate() }
key.split(into: keyBuffer)  // fault the pages in
let tSplit = best(repeats) { key.split(into: keyBuffer) }

let bytes = Double(n * 4)
print("""
{"n": \(n), "split_n": \(splitCount), \
"memset_gbps": \(bytes / tMemset / 1e9), \
"bits_gbps": \(bytes / tBits / 1e9), \
"uniform_f32_mps": \(Double(n) / tUniform / 1e6), \
"normal_f32_mps": \(Double(n) / tNormal / 1e6), \
"split_mkeys": \(Double(splitCount) / tSplit / 1e6), \
"split_array_mkeys": \(Double(splitCount) / tSplitArray / 1e6), \
"split_array_fresh_mkeys": \(Double(splitCount) / tSplitArrayFresh / 1e6), \
"check": "\(checkBits) \(checkNormal) \(keys.count) \(keyBuffer[splitCount - 1] == keys[splitCount - 1])"}
""")
