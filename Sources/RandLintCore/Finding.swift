/// How seriously a finding is taken. Ordered: `warning < error`.
public enum Level: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case warning
    case error

    public static func < (a: Level, b: Level) -> Bool { a == .warning && b == .error }
}

/// One problem found in one file. Ordering is (path, line, column, rule id), so output is
/// deterministic whatever the thread count.
public struct Finding: Sendable, Hashable, Codable, Comparable {
    public struct Related: Sendable, Hashable, Codable {
        public var range: SourceRange
        public var message: String
        public init(range: SourceRange, message: String) {
            self.range = range
            self.message = message
        }
    }

    public var ruleID: String
    public var level: Level
    public var path: String
    public var range: SourceRange
    /// What happens at run time; lowercase, no final period.
    public var message: String
    /// What to write instead (RandomKeys or randomkeys.h code), for the file's language.
    public var help: String
    public var related: [Related]
    /// The mechanical rewrite that resolves the finding, when there is one (see `Fix`).
    public var fix: Fix?

    public init(ruleID: String, level: Level, path: String, range: SourceRange, message: String, help: String, related: [Related] = [],
                fix: Fix? = nil) {
        self.ruleID = ruleID
        self.level = level
        self.path = path
        self.range = range
        self.message = message
        self.help = help
        self.related = related
        self.fix = fix
    }

    public static func < (a: Finding, b: Finding) -> Bool {
        (a.path, a.range.start.line, a.range.start.column, a.ruleID, a.message)
            < (b.path, b.range.start.line, b.range.start.column, b.ruleID, b.message)
    }
}
