/// A rule: its description (the user documentation: `randlint explain`, `randlint rules`,
/// SARIF metadata, the README table all come from here) plus its check.
///
/// The contract for `check`: it reads one function of the program model and reports through
/// the pass; it never sees syntax, never does I/O, and reports each problem once, at the
/// call that causes it (see DESIGN "Where a finding is reported"). Rules are values, listed
/// once in `AllRules.swift`.
public struct Rule: Sendable {
    public var id: String
    public var level: Level
    /// One line: what goes wrong, as a user would say it.
    public var summary: String
    /// One paragraph: what happens at run time and why.
    public var rationale: String
    /// What to write instead, per language, as RandomKeys / randomkeys.h code.
    public var help: [Language: String]
    /// Code that must trigger the rule; each finding's line carries `// expect: <id>`.
    public var triggering: [Example]
    /// Code that must not trigger the rule.
    public var nonTriggering: [Example]
    /// Reports what the rule finds in one function (called for each function with an event).
    public var check: @Sendable (Function, RulePass) -> Void
    /// Whether the rule runs without being asked for. Opt-in rules (`unused-suppression`) run
    /// only when `--select`/`--enable` or `.randlint.yml`'s `rules:` names them.
    public var enabledByDefault: Bool = true
    /// The catalog API kinds a file must call (through the catalogs' names) for this rule to find
    /// anything in it; a key type's name counts as `makeKey` (a key parameter brings a key in).
    /// The prefilter skips files that name none of the running rules' kinds, so a rule that
    /// leaves this at its default (every kind) is never skipped wrongly, only more slowly.
    public var startsOn: Set<API.Kind> = Set(API.Kind.allCases)
    /// How code-scanning tools classify the rule (SARIF `properties`).
    public var metadata: RuleMetadata
    /// What `--fix` writes for the rule's findings and whether it is safe or unsafe (see `Fix`);
    /// nil when the rule has no mechanical fix. A rule with one has fixture pairs
    /// `Fixtures/<id>/<situation>.fixed.<ext>`.
    public var fix: String?
    /// What the rule reads. `.model`: its `check` runs on each function of the program model.
    /// `.disableComments`: the engine reports it from a file's disable comments once the other
    /// rules' findings are known (`unused-suppression`); its `check` is never called.
    public var reads: Reads = .model

    public enum Reads: Sendable { case model, disableComments }

    public var languages: [Language] { help.keys.sorted() }

    public init(id: String, level: Level, summary: String, rationale: String, help: [Language: String],
                triggering: [Example], nonTriggering: [Example], enabledByDefault: Bool = true,
                startsOn: Set<API.Kind> = Set(API.Kind.allCases), metadata: RuleMetadata = RuleMetadata(), fix: String? = nil,
                reads: Reads = .model, check: @escaping @Sendable (Function, RulePass) -> Void = { _, _ in }) {
        self.id = id
        self.level = level
        self.summary = summary
        self.rationale = rationale
        self.help = help
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.check = check
        self.enabledByDefault = enabledByDefault
        self.startsOn = startsOn
        self.metadata = metadata
        self.fix = fix
        self.reads = reads
    }
}

/// A rule's classification for code-scanning tools: tags, the CWE weaknesses it finds, how
/// often its findings are right (`precision`: very-high, high, medium, low) and, for security
/// rules, a CVSS-like `securitySeverity` ("7.5") that GitHub ranks alerts by.
public struct RuleMetadata: Sendable, Hashable {
    public var tags: [String]
    public var cwe: [Int]
    public var precision: String
    public var securitySeverity: String?

    public init(tags: [String] = ["randomness", "reproducibility"], cwe: [Int] = [], precision: String = "high",
                securitySeverity: String? = nil) {
        self.tags = tags
        self.cwe = cwe
        self.precision = precision
        self.securitySeverity = securitySeverity
    }
}

/// A code example in a rule's description. `file` is the name the example is analyzed as
/// (it decides the language and, for `main.swift`, whether top-level code is an entry point).
public struct Example: Sendable, Hashable {
    public var code: String
    public var file: String

    public init(_ code: String, file: String = "example.swift") {
        self.code = code
        self.file = file
    }

    public var language: Language { Language(path: file) ?? .swift }
}

extension Example {
    /// The code as users should read it: without the `// expect:` test marks.
    public var displayCode: String {
        code.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let mark = line.range(of: "// expect:") else { return String(line) }
            var kept = line[..<mark.lowerBound]
            while kept.last == " " { kept = kept.dropLast() }
            return String(kept)
        }.joined(separator: "\n")
    }
}
