/// What a rule's check sees besides the function: the file, and a place to report.
/// Reports at the same range from one rule are kept once (the first), so a walk that reaches
/// a call on several paths reports it once, deterministically.
public final class RulePass: @unchecked Sendable {
    public let rule: Rule
    public let file: FileModel
    /// Summaries of the functions a checked function may call (see `FunctionSummary`).
    public let summaries: [String: FunctionSummary]
    /// The file's text, for writing fixes (nil when the engine has none: no fix is then offered).
    public let source: SourceFile?
    public private(set) var findings: [Finding] = []
    private var seen: Set<SourceRange> = []

    public init(rule: Rule, file: FileModel, summaries: [String: FunctionSummary]? = nil, source: SourceFile? = nil) {
        self.rule = rule
        self.file = file
        self.summaries = summaries ?? FunctionSummary.summaries(of: file)
        self.source = source
    }

    /// Reports a finding; `fix` (built from `source`) is its mechanical rewrite, if any.
    public func report(at range: SourceRange, _ message: String, related: [Finding.Related] = [], fix: Fix? = nil) {
        guard seen.insert(range).inserted else { return }
        findings.append(Finding(ruleID: rule.id, level: rule.level, path: file.path, range: range, message: message,
                                help: rule.help[file.language] ?? rule.help.values.first ?? "", related: related, fix: fix))
    }

    /// Runs `rule` over every function of `file` that has an event (a rule reports at events, so
    /// a function without any has nothing to report).
    public static func run(_ rule: Rule, on file: FileModel, summaries: [String: FunctionSummary]? = nil, source: SourceFile? = nil) -> [Finding] {
        let pass = RulePass(rule: rule, file: file, summaries: summaries, source: source)
        for function in file.functions where Self.hasEvent(function.body) { rule.check(function, pass) }
        return pass.findings
    }

    private static func hasEvent(_ steps: [Step]) -> Bool {
        steps.contains { step in
            switch step {
            case .event: return true
            case .exit: return false
            case .branch(let branch): return branch.arms.contains { hasEvent($0.steps) }
            case .loop(let loop): return hasEvent(loop.body)
            }
        }
    }
}
