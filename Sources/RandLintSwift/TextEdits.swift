import SwiftSyntax

/// The edits that turn one text into another, for an incremental parse: the lines that differ,
/// found with Myers' diff on lines (an editor sends the whole text, and two changes far apart
/// must stay two edits, or everything between them is parsed again). When the texts differ in
/// more than `maxChanges` lines, one edit spans from the first difference to the last.
enum TextEdits {
    static let maxChanges = 64

    static func between(_ old: [UInt8], _ new: [UInt8]) -> [SourceEdit] {
        let a = lines(old), b = lines(new)
        func same(_ i: Int, _ j: Int) -> Bool { old[a[i]] == new[b[j]] }
        var prefix = 0
        while prefix < a.count, prefix < b.count, same(prefix, prefix) { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, same(a.count - 1 - suffix, b.count - 1 - suffix) { suffix += 1 }
        let n = a.count - prefix - suffix, m = b.count - prefix - suffix
        func oldStart(_ line: Int) -> Int { line < a.count ? a[line].lowerBound : old.count }
        func newStart(_ line: Int) -> Int { line < b.count ? b[line].lowerBound : new.count }
        func edit(_ i: Range<Int>, _ j: Range<Int>) -> SourceEdit {
            SourceEdit(range: AbsolutePosition(utf8Offset: oldStart(prefix + i.lowerBound))..<AbsolutePosition(utf8Offset: oldStart(prefix + i.upperBound)),
                       replacement: Array(new[newStart(prefix + j.lowerBound)..<newStart(prefix + j.upperBound)]))
        }
        guard n > 0 || m > 0 else { return [] }
        guard let matches = matches(n, m, { same(prefix + $0, prefix + $1) }) else { return [edit(0..<n, 0..<m)] }
        var edits: [SourceEdit] = []
        var (i, j) = (0, 0)
        for (x, y) in matches + [(n, m)] {
            if i < x || j < y { edits.append(edit(i..<x, j..<y)) }
            (i, j) = (x + 1, y + 1)
        }
        return edits
    }

    /// The byte ranges of the lines of `text`, each with its `\n`.
    static func lines(_ text: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for (offset, byte) in text.enumerated() where byte == 0x0a {
            result.append(start..<(offset + 1))
            start = offset + 1
        }
        if start < text.count { result.append(start..<text.count) }
        return result
    }

    /// The pairs of equal lines (old index, new index) of a shortest edit script of `n` old and
    /// `m` new lines, in order; nil when it needs more than `maxChanges` changes.
    static func matches(_ n: Int, _ m: Int, _ equal: (Int, Int) -> Bool) -> [(Int, Int)]? {
        let offset = maxChanges + 1
        var v = [Int](repeating: 0, count: 2 * offset + 1)
        var trace: [[Int]] = []
        for d in 0...maxChanges {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, equal(x, y) { x += 1; y += 1 }
                v[offset + k] = x
                guard x >= n, y >= m else { continue }
                // Back from (n, m): the diagonal runs of each round are the equal lines.
                var pairs: [(Int, Int)] = []
                var (px, py) = (n, m)
                for round in stride(from: d, through: 0, by: -1) {
                    let before = trace[round], k = px - py
                    let previous = k == -round || (k != round && before[offset + k - 1] < before[offset + k + 1]) ? k + 1 : k - 1
                    let startX = round == 0 ? 0 : before[offset + previous], startY = round == 0 ? 0 : startX - previous
                    while px > startX, py > startY { px -= 1; py -= 1; pairs.append((px, py)) }
                    (px, py) = (startX, startY)
                }
                return pairs.reversed()
            }
        }
        return nil
    }
}
