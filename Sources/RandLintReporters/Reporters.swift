import RandLintCore

/// The output formats of `randlint lint --format`.
public enum OutputFormat: String, CaseIterable, Sendable {
    case text, gcc, json, sarif, github
}

public struct ReporterOptions: Sendable {
    /// ANSI colors in the `text` format (the CLI turns them on for a TTY without `--no-color`).
    public var color: Bool
    /// randlint's version, as SARIF `semanticVersion` and JSON `tool.version`.
    public var toolVersion: String
    /// Where randlint's documentation lives: SARIF `informationUri`; each rule's `helpUri` is
    /// this address with `#<rule-id>` (the README has one section per rule).
    public var informationURI: String

    public init(color: Bool = false, toolVersion: String = "0.1.0",
                informationURI: String = ReporterOptions.defaultInformationURI) {
        self.color = color
        self.toolVersion = toolVersion
        self.informationURI = informationURI
    }

    public static let defaultInformationURI = "https://github.com/randlint/randlint"
}

/// Reporters only format: a `LintReport` in, the bytes to print out. No I/O, no analysis, and
/// (except the timing in the text summary) no dependence on anything but the report, so two
/// runs over the same files print byte-identical output.
public enum Reporters {
    /// GitHub code scanning rejects a whole SARIF file with more results than this in a run.
    public static let sarifResultLimit = 25_000

    public static func render(_ report: LintReport, as format: OutputFormat, options: ReporterOptions) -> String {
        switch format {
        case .text: return TextReporter(report: report, options: options).render()
        case .gcc: return GCCReporter.render(report)
        case .json: return JSONReporter.render(report, options: options)
        case .sarif: return SARIFReporter(report: report, options: options).render()
        case .github: return GitHubReporter.render(report)
        }
    }

    /// The stable identity of each finding, in the order of `findings`: the value of SARIF
    /// `partialFingerprints["randlint/v1"]` (and of a baseline's `fingerprint`). It hashes the
    /// rule id, the path, the whitespace-normalized text of the finding's first line, the
    /// message (with `line N` references masked) and an occurrence counter among findings with
    /// equal keys in the file; never the line number, so moving code does not change it.
    public static func fingerprints(of findings: [Finding], sources: [String: String]) -> [String] {
        Fingerprint.fingerprints(of: findings, sources: sources)
    }
}
