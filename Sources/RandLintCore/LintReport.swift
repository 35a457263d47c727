/// Everything a reporter needs to print one run: reporters only format this, they do no I/O
/// and no analysis. Findings are sorted (see `Finding`), so the bytes a reporter writes depend
/// only on the input files, never on thread count or timing (except `elapsed`, which only the
/// text summary prints).
public struct LintReport: Sendable {
    /// A file that could not be analyzed: unreadable, not UTF-8, or (C) not parsable.
    public struct Problem: Sendable, Hashable, Codable, Comparable {
        public var path: String
        public var message: String
        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }
        public static func < (a: Problem, b: Problem) -> Bool { (a.path, a.message) < (b.path, b.message) }
    }

    public var findings: [Finding]
    /// The rules that ran, sorted by id (SARIF lists them as `tool.driver.rules`).
    public var rules: [Rule]
    public var problems: [Problem]
    /// One-line notes for the user (e.g. "C analysis needs libclang-dev").
    public var notes: [String]
    /// Files discovered and considered; files actually parsed after the prefilter.
    public var filesAnalyzed: Int
    public var filesParsed: Int
    /// The directory finding paths are relative to (SARIF's `%SRCROOT%`), absolute.
    public var root: String
    /// The text of every file that has a finding, by finding path (for code frames and fixes).
    public var sources: [String: String]
    public var elapsedSeconds: Double

    public init(findings: [Finding], rules: [Rule], problems: [Problem] = [], notes: [String] = [], filesAnalyzed: Int, filesParsed: Int,
                root: String, sources: [String: String] = [:], elapsedSeconds: Double = 0) {
        self.findings = findings
        self.rules = rules
        self.problems = problems
        self.notes = notes
        self.filesAnalyzed = filesAnalyzed
        self.filesParsed = filesParsed
        self.root = root
        self.sources = sources
        self.elapsedSeconds = elapsedSeconds
    }
}
