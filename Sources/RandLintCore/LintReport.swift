/// Everything a reporter needs to print one run: reporters only format this, they do no I/O
/// and no analysis. Findings are sorted (see `Finding`), so the bytes a reporter writes depend
/// only on the input files, never on thread count or timing (except `elapsed`, which only the
/// text summary prints).
public struct LintReport: Sendable {
    /// A file that could not be analyzed: unreadable, not UTF-8 text, libclang or the compile
    /// database unusable, or (C) not parsable; or a path that could not be linted.
    public struct Problem: Sendable, Hashable, Codable, Comparable {
        public var path: String
        public var message: String
        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }
        public static func < (a: Problem, b: Problem) -> Bool { (a.path, a.message) < (b.path, b.message) }
    }

    /// A file whose fixes were applied (in memory: the CLI writes it, or prints a diff).
    public struct FixedFile: Sendable, Hashable {
        /// As findings show it.
        public var path: String
        /// Where it is on disk.
        public var location: String
        /// The text as read (without a UTF-8 byte order mark, which `hadByteOrderMark` records).
        public var original: String
        public var fixed: String
        public var hadByteOrderMark: Bool
        /// Findings the fixes resolved (findings before minus findings after).
        public var resolved: Int

        public init(path: String, location: String, original: String, fixed: String, hadByteOrderMark: Bool, resolved: Int) {
            self.path = path
            self.location = location
            self.original = original
            self.fixed = fixed
            self.hadByteOrderMark = hadByteOrderMark
            self.resolved = resolved
        }
    }

    public var findings: [Finding]
    /// With `LintOptions.applyFixes`: the files fixes changed, by path; `findings` are then
    /// those left in the fixed text.
    public var fixedFiles: [FixedFile] = []
    /// Files that could not be analyzed (and paths that could not be linted): each one makes the
    /// run fail (exit 2), whatever the findings.
    public var problems: [Problem]
    /// Files that could not be analyzed for a cause the configuration allows (`c.required: false`):
    /// reported and counted, but they do not make the run fail.
    public var skipped: [Problem]
    /// The rules that ran, sorted by id (SARIF lists them as `tool.driver.rules`).
    public var rules: [Rule]
    /// One-line notes for the user (e.g. "C analysis needs libclang-dev").
    public var notes: [String]
    /// Files analyzed (discovered, minus those in `problems` and `skipped`); files actually parsed
    /// after the prefilter; files not analyzed (in `problems` or `skipped`); files whose parse
    /// dropped code that mentions a catalog API (each such place is a note).
    public var filesAnalyzed: Int
    public var filesParsed: Int
    public var filesNotAnalyzed: Int
    public var filesPartiallyParsed: Int
    /// The directory finding paths are relative to (SARIF's `%SRCROOT%`), absolute.
    public var root: String
    /// The text of every file that has a finding, by finding path (for code frames and fixes).
    public var sources: [String: String]
    public var elapsedSeconds: Double

    public init(findings: [Finding], rules: [Rule], problems: [Problem] = [], skipped: [Problem] = [], notes: [String] = [],
                filesAnalyzed: Int, filesParsed: Int, filesNotAnalyzed: Int = 0, filesPartiallyParsed: Int = 0,
                root: String, sources: [String: String] = [:], elapsedSeconds: Double = 0) {
        self.findings = findings
        self.rules = rules
        self.problems = problems
        self.skipped = skipped
        self.notes = notes
        self.filesAnalyzed = filesAnalyzed
        self.filesParsed = filesParsed
        self.filesNotAnalyzed = filesNotAnalyzed
        self.filesPartiallyParsed = filesPartiallyParsed
        self.root = root
        self.sources = sources
        self.elapsedSeconds = elapsedSeconds
    }
}
