/// The stable identity of a finding, shared by SARIF (`partialFingerprints["randlint/v1"]`) and
/// the baseline (`--baseline`): the rule id, the path, the whitespace-normalized text of the
/// finding's first line and the message with `line N` references masked — never the line
/// number, so moving code above a finding does not change it.
public enum Fingerprint {
    /// The `partialFingerprints` key, versioned: a change of the hash is a new key.
    public static let sarifKey = "randlint/v1"

    /// What two findings must share to be "the same finding" across edits.
    public struct Identity: Hashable, Sendable {
        public var path: String
        public var rule: String
        /// The finding's first source line, whitespace-normalized.
        public var lineText: String
        /// The message with line numbers masked.
        public var message: String

        public init(path: String, rule: String, lineText: String, message: String) {
            self.path = path
            self.rule = rule
            self.lineText = Fingerprint.normalizeWhitespace(lineText)
            self.message = Fingerprint.maskLineNumbers(message)
        }

        public init(_ finding: Finding, lineText: String) {
            self.init(path: finding.path, rule: finding.ruleID, lineText: lineText, message: finding.message)
        }
    }

    /// One fingerprint per finding, in order: the hash of its identity plus an occurrence counter
    /// among earlier findings of the list with an equal identity. `lineText` gives the raw text
    /// of a finding's first line ("" when unknown).
    public static func fingerprints(of findings: [Finding], lineText: (Finding) -> String) -> [String] {
        var seen: [Identity: Int] = [:]
        return findings.map { finding in
            let identity = Identity(finding, lineText: lineText(finding))
            let occurrence = seen[identity, default: 0]
            seen[identity] = occurrence + 1
            let key = [identity.rule, identity.path, identity.lineText, identity.message].joined(separator: "\u{0}")
            return hex(fnv1a64(key + "\u{0}\(occurrence)"))
        }
    }

    /// Fingerprints with line texts read from `sources` (file text by finding path).
    public static func fingerprints(of findings: [Finding], sources: [String: String]) -> [String] {
        var lines = SourceLineCache(sources)
        return fingerprints(of: findings) { lines.line($0.range.start.line, of: $0.path) }
    }

    /// Leading/trailing whitespace dropped, inner runs of spaces and tabs collapsed to one space.
    public static func normalizeWhitespace(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }).joined(separator: " ")
    }

    /// `line 12` → `line #`: messages that mention another line (the first use of a key) would
    /// otherwise change their fingerprint when code above moves.
    public static func maskLineNumbers(_ message: String) -> String {
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

    public static func fnv1a64(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }

    public static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}

/// Source lines by path, split once per file (for fingerprints and baselines). Lines end at
/// `\n`, `\r\n` or a lone `\r` (as the front ends count lines).
public struct SourceLineCache {
    private let sources: [String: String]
    private var files: [String: SourceFile] = [:]

    public init(_ sources: [String: String]) { self.sources = sources }

    /// The 1-based line of `path` without its line break; "" when unknown.
    public mutating func line(_ number: Int, of path: String) -> String {
        guard let text = sources[path] else { return "" }
        if files[path] == nil { files[path] = SourceFile(text) }
        return files[path]?.lineText(number) ?? ""
    }
}
