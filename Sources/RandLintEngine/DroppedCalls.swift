import RandLintCore

/// Catalog calls that the parser dropped: after a parse with errors, the calls written in a
/// file (outside comments and strings) whose lines have no event in the model. They are not
/// analyzed, so the user is told where (DESIGN: nothing is skipped silently). In C a call counts
/// only inside a function the model has (elsewhere it is more likely in a branch the
/// preprocessor left out than dropped), and `s->random(…)` is a member, not the catalog's.
enum DroppedCalls {
    /// `path:line: name(…) …` notes, one per line, in line order.
    static func notes(_ model: FileModel, source: String, calls names: Set<String>) -> [String] {
        guard model.hasParseErrors, !names.isEmpty else { return [] }
        var modeled = Set<Int>()
        let functionLines = model.functions.map { $0.range.start.line...$0.range.end.line }
        for function in model.functions {
            EventWalk.forEach(function.body) { event, _ in
                for line in event.range.start.line...max(event.range.start.line, event.range.end.line) { modeled.insert(line) }
            }
        }
        var notes: [String] = []
        var noted = Set<Int>()
        let isC = model.language == .c
        let file = SourceFile(source)
        for (offset, name) in calls(in: file.bytes, names: names, members: !isC) {
            let line = file.position(at: offset).line
            guard !modeled.contains(line) else { continue }
            if isC, !functionLines.contains(where: { $0.contains(line) }) { continue }
            guard noted.insert(line).inserted else { continue }
            notes.append("\(model.path):\(line): \(name)(…) is in code the parser could not read, so it was not analyzed")
        }
        return notes
    }

    /// `(offset, name)` for each `name(` in code, skipping comments and string literals.
    static func calls(in bytes: [UInt8], names: Set<String>, members: Bool) -> [(Int, String)] {
        var found: [(Int, String)] = []
        var i = 0
        let n = bytes.count
        let isStart = IdentifierBytes.isStart, isPart = IdentifierBytes.isPart
        while i < n {
            let b = bytes[i]
            if b == 0x2F, i + 1 < n, bytes[i + 1] == 0x2F {  // line comment
                while i < n, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
                continue
            }
            if b == 0x2F, i + 1 < n, bytes[i + 1] == 0x2A {  // block comment
                i += 2
                while i < n, !(bytes[i] == 0x2A && i + 1 < n && bytes[i + 1] == 0x2F) {
                    i += 1
                }
                i += 2
                continue
            }
            if b == 0x22 || b == 0x27 {  // string or character literal, one line
                i += 1
                while i < n, bytes[i] != b, bytes[i] != 0x0A {
                    i += bytes[i] == 0x5C ? 2 : 1
                }
                i += 1
                continue
            }
            if isStart(b), i == 0 || !isPart(bytes[i - 1]) {
                let start = i
                while i < n, isPart(bytes[i]) { i += 1 }
                var j = i
                while j < n, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
                let isMember = start > 0 && (bytes[start - 1] == 0x2E || (start > 1 && bytes[start - 1] == 0x3E && bytes[start - 2] == 0x2D))
                if j < n, bytes[j] == 0x28, members || !isMember {
                    let name = String(decoding: bytes[start..<i], as: UTF8.self)
                    if names.contains(name) { found.append((start, name)) }
                }
                continue
            }
            i += 1
        }
        return found
    }
}
