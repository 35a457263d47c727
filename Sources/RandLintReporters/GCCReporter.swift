import RandLintCore

/// `path:line:col: warning: message [rule-id]`, the form editors, Xcode and build systems parse
/// (INTEGRATIONS §4.3); a `note:` line per related location; problems as `path: error: message`.
/// Columns are UTF-8 bytes, like clang. No summary.
enum GCCReporter {
    static func render(_ report: LintReport) -> String {
        var out = ""
        for f in report.findings.sorted() {
            out += "\(f.path):\(f.range.start.line):\(f.range.start.column): \(f.level.rawValue): \(f.message) [\(f.ruleID)]\n"
            for related in f.related {
                let message = related.message.isEmpty ? "related location" : related.message
                out += "\(f.path):\(related.range.start.line):\(related.range.start.column): note: \(message) [\(f.ruleID)]\n"
            }
        }
        for problem in report.problems.sorted() {
            out += "\(problem.path): error: \(problem.message)\n"
        }
        for problem in report.skipped.sorted() {
            out += "\(problem.path): note: \(problem.message)\n"
        }
        return out
    }
}
