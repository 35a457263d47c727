/// The byte-level prefilter: could this file contain a finding? Files that cannot are never
/// parsed. It looks for catalog calls that can start a finding (`srand(`, `.random(`, with
/// optional spaces before the parenthesis, so the word "random" in a comment does not count)
/// and for key type names (a key parameter alone can start a finding). Comments and strings
/// still count when they contain such a call: it is only a filter.
struct Prefilter: Sendable {
    private let calls: Set<[UInt8]>
    private let types: Set<[UInt8]>
    private let firstBytes: [Bool]
    private let minLength: Int
    private let maxLength: Int

    init(calls: Set<String>, types: Set<String>) {
        self.calls = Set(calls.map { Array($0.utf8) })
        self.types = Set(types.map { Array($0.utf8) })
        let all = calls.union(types)
        var first = [Bool](repeating: false, count: 256)
        for name in all { if let b = name.utf8.first { first[Int(b)] = true } }
        self.firstBytes = first
        self.minLength = all.map(\.utf8.count).min() ?? 1
        self.maxLength = all.map(\.utf8.count).max() ?? 0
    }

    func matches(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            var i = 0
            while i < n {
                let c = buffer[i]
                guard Self.isIdentifierByte(c) else { i += 1; continue }
                let start = i
                i += 1
                while i < n, Self.isIdentifierByte(buffer[i]) { i += 1 }
                let length = i - start
                guard length >= minLength, length <= maxLength, firstBytes[Int(c)], !(c >= 0x30 && c <= 0x39) else { continue }
                let word = Array(buffer[start..<i])
                if types.contains(word) { return true }
                if calls.contains(word) {
                    var j = i
                    while j < n, buffer[j] == 0x20 || buffer[j] == 0x09 { j += 1 }
                    if j < n, buffer[j] == 0x28 { return true }
                }
            }
            return false
        }
    }

    @inline(__always)
    private static func isIdentifierByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c >= 0x80
    }
}
