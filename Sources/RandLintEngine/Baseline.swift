import Foundation
import RandLintCore

/// A baseline: the findings a codebase had when it adopted randlint (`--write-baseline FILE`),
/// so that `--baseline FILE` reports only new ones. Findings are matched on their
/// `Fingerprint.Identity` — relative path, rule id, whitespace-normalized line text and message
/// with line numbers masked — never on line numbers, so code that moves keeps its match, while
/// a finding whose line changes shows again. Duplicates count as SwiftLint counts them: when a
/// key has more findings now than the baseline recorded, all of them are reported.
///
/// The file is sorted, pretty, key-sorted JSON:
/// `{"version": 1, "findings": [{"fingerprint", "line_text", "message", "path", "rule"}, …]}`.
public struct Baseline: Sendable, Equatable {
    public static let version = 1

    public struct Entry: Codable, Hashable, Sendable, Comparable {
        public var path: String
        public var rule: String
        /// The same value as SARIF `partialFingerprints["randlint/v1"]`.
        public var fingerprint: String
        /// The finding's line, whitespace-normalized.
        public var lineText: String
        public var message: String

        enum CodingKeys: String, CodingKey {
            case path, rule, fingerprint, message
            case lineText = "line_text"
        }

        var identity: Fingerprint.Identity { .init(path: path, rule: rule, lineText: lineText, message: message) }

        public static func < (a: Entry, b: Entry) -> Bool {
            (a.path, a.rule, a.lineText, a.message, a.fingerprint) < (b.path, b.rule, b.lineText, b.message, b.fingerprint)
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries.sorted() }

    /// The baseline of these findings; `sources` holds the text of each finding's file (as in `LintReport.sources`).
    public init(findings: [Finding], sources: [String: String]) {
        var lines = SourceLineCache(sources)
        let texts = findings.map { lines.line($0.range.start.line, of: $0.path) }
        let fingerprints = Fingerprint.fingerprints(of: findings, sources: sources)
        self.init(entries: findings.indices.map { i in
            Entry(path: findings[i].path, rule: findings[i].ruleID, fingerprint: fingerprints[i],
                  lineText: Fingerprint.normalizeWhitespace(texts[i]), message: findings[i].message)
        })
    }

    private struct File: Codable {
        var version: Int
        var findings: [Entry]
    }

    public static func load(path: String) throws -> Baseline {
        guard case .success(let bytes) = SourceReader.read(path) else { throw RandLintError("\(path): cannot read the baseline file") }
        let data = Data(bytes)
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) }
        catch { throw RandLintError("\(path): not a randlint baseline (write one with --write-baseline)") }
        guard file.version == version else {
            throw RandLintError("\(path): baseline version \(file.version) is not supported (this randlint reads version \(version)); write a new one with --write-baseline")
        }
        return Baseline(entries: file.findings)
    }

    /// The file's bytes: sorted, pretty, key-sorted JSON with a final newline.
    public var json: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(File(version: Self.version, findings: entries))) ?? Data()
        data.append(0x0A)
        return data
    }

    public func write(to path: String) throws {
        do { try json.write(to: URL(fileURLWithPath: path), options: .atomic) }
        catch { throw RandLintError("\(path): cannot write the baseline: \(error.localizedDescription)") }
    }

    /// The findings that are not in the baseline, in order, and how many were hidden.
    public func filter(_ findings: [Finding], sources: [String: String]) -> (kept: [Finding], hidden: Int) {
        var recorded: [Fingerprint.Identity: Int] = [:]
        for entry in entries { recorded[entry.identity, default: 0] += 1 }
        var lines = SourceLineCache(sources)
        let identities = findings.map { Fingerprint.Identity($0, lineText: lines.line($0.range.start.line, of: $0.path)) }
        var current: [Fingerprint.Identity: Int] = [:]
        for identity in identities { current[identity, default: 0] += 1 }
        var kept: [Finding] = []
        for (finding, identity) in zip(findings, identities) {
            if current[identity]! <= recorded[identity, default: 0] { continue }
            kept.append(finding)
        }
        return (kept, findings.count - kept.count)
    }
}
