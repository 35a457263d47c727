import RandLintCore

/// `partialFingerprints["randlint/v1"]`: stable across edits that only move code.
struct Fingerprinter {
    let sources: SourceCache

    init(sources: [String: String]) { self.sources = SourceCache(sources) }
    init(cache: SourceCache) { self.sources = cache }

    func fingerprints(of findings: [Finding]) -> [String] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let lineText = sources.line(finding.range.start.line, of: finding.path)
                .map { Fingerprinter.normalizeWhitespace(String(decoding: $0, as: UTF8.self)) } ?? ""
            let key = [finding.ruleID, finding.path, lineText, Fingerprinter.maskLineNumbers(finding.message)]
                .joined(separator: "\u{0}")
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            return Fingerprinter.hex(Fingerprinter.fnv1a64(key + "\u{0}\(occurrence)"))
        }
    }

    /// Leading/trailing whitespace dropped, inner runs of spaces and tabs collapsed to one space.
    static func normalizeWhitespace(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }).joined(separator: " ")
    }

    /// `line 12` → `line #`: messages that mention another line (the first use of a key) would
    /// otherwise change their fingerprint when code above moves.
    static func maskLineNumbers(_ message: String) -> String {
        var out = ""
        var rest = Substring(message)
        while let r = rest.firstRange(of: "line ") {
            out += rest[..<r.upperBound]
            rest = rest[r.upperBound...]
            let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
            if !digits.isEmpty {
                out += "#"
                rest = rest.dropFirst(digits.count)
            }
        }
        return out + rest
    }

    static func fnv1a64(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }

    static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
