/// The byte-level prefilter: does a file mention any identifier that can start a finding?
/// Files that do not are never parsed. Comments and strings count (it is only a filter).
struct Prefilter: Sendable {
    private let names: Set<[UInt8]>
    private let firstBytes: [Bool]
    private let minLength: Int
    private let maxLength: Int

    init(names: Set<String>) {
        self.names = Set(names.map { Array($0.utf8) })
        var first = [Bool](repeating: false, count: 256)
        for name in names { if let b = name.utf8.first { first[Int(b)] = true } }
        self.firstBytes = first
        self.minLength = names.map(\.utf8.count).min() ?? 1
        self.maxLength = names.map(\.utf8.count).max() ?? 0
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
                if length >= minLength, length <= maxLength, firstBytes[Int(c)], !(c >= 0x30 && c <= 0x39),
                   names.contains(Array(buffer[start..<i])) {
                    return true
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
