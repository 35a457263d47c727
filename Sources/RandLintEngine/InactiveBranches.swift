import RandLintCore

/// Catalog calls in C code the preprocessor left out with the flags of the run (an `#ifdef`
/// branch whose macro is not defined): they are not analyzed, so the run says so in one note,
/// with the `-D` flags that would bring them in (DESIGN: nothing is skipped silently).
enum InactiveBranches {
    struct Call: Comparable {
        var path: String
        var line: Int
        var name: String
        /// The macro whose definition turns the branch on (`USE_SEED` of `#ifdef USE_SEED`), when
        /// the branch is an `#if`/`#ifdef`/`#elif` that one definition turns on.
        var condition: String?

        static func < (a: Call, b: Call) -> Bool { (a.path, a.line, a.name) < (b.path, b.line, b.name) }
    }

    /// The catalog calls of `source` inside `ranges` (each starting at its branch's directive).
    static func calls(path: String, source: String, ranges: [Range<Int>], names: Set<String>) -> [Call] {
        guard !ranges.isEmpty, !names.isEmpty else { return [] }
        let file = SourceFile(source)
        return DroppedCalls.calls(in: file.bytes, names: names, members: false).compactMap { offset, name in
            guard let range = ranges.first(where: { $0.contains(offset) }) else { return nil }
            return Call(path: path, line: file.position(at: offset).line, name: name, condition: condition(of: range, in: file))
        }
    }

    /// The one note of a run (nil when no call was left out).
    static func note(_ calls: [Call]) -> String? {
        guard !calls.isEmpty else { return nil }
        let sorted = calls.sorted()
        let files = Set(calls.map(\.path)).count
        let shown = sorted.prefix(5).map { "\($0.path):\($0.line) \($0.name)(…)" }.joined(separator: ", ") + (sorted.count > 5 ? ", …" : "")
        let conditions = Array(Set(calls.compactMap(\.condition))).sorted()
        var hint = conditions.isEmpty ? "they need other flags than these" : "to analyze them, define " + conditions.map { "--c-flag -D\($0)" }.joined(separator: " ")
        if !conditions.isEmpty, calls.contains(where: { $0.condition == nil }) { hint += " (some need other flags than these)" }
        return "\(calls.count) catalog call(s) in \(files) file(s) are in preprocessor branches these flags leave out, so they were not analyzed (\(shown)); \(hint)"
    }

    /// `NAME` of a branch that starts `#ifdef NAME`, `#if NAME`, `#if defined(NAME)` or `#elif …`
    /// with one such name; nil for `#ifndef`, `#else` and conditions naming several macros.
    static func condition(of range: Range<Int>, in file: SourceFile) -> String? {
        guard let text = file.lineText(file.position(at: range.lowerBound).line) else { return nil }
        var words: [String] = []
        var current = ""
        for byte in text.utf8 {
            if IdentifierBytes.isPart(byte) { current.unicodeScalars.append(Unicode.Scalar(byte)) } else if !current.isEmpty { words.append(current); current = "" }
        }
        if !current.isEmpty { words.append(current) }
        guard let directive = words.first, ["if", "ifdef", "elif"].contains(directive) else { return nil }
        let names = Set(words.dropFirst().filter { $0 != "defined" && !($0.first?.isNumber ?? true) })
        return names.count == 1 ? names.first : nil
    }
}
