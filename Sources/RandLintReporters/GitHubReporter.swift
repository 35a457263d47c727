import RandLintCore

/// GitHub Actions workflow commands (INTEGRATIONS §5.4):
/// `::error file=…,line=…,endLine=…,col=…,endColumn=…,title=randlint (RULE)::message`.
/// The message carries the help as a second line. `col`/`endColumn` (UTF-8 bytes, end
/// exclusive) are given only for a one-line range, as GitHub ignores columns across lines.
enum GitHubReporter {
    static func render(_ report: LintReport) -> String {
        var out = ""
        for f in report.findings.sorted() {
            let r = f.range
            var properties = [("file", f.path), ("line", String(r.start.line)), ("endLine", String(r.end.line))]
            if r.start.line == r.end.line {
                properties += [("col", String(r.start.column)), ("endColumn", String(r.end.column))]
            }
            properties.append(("title", "randlint (\(f.ruleID))"))
            let message = f.help.isEmpty ? f.message : "\(f.message)\nhelp: \(f.help)"
            out += command(f.level == .error ? "error" : "warning", properties, message)
        }
        for problem in report.problems.sorted() {
            out += command("error", [("file", problem.path), ("title", "randlint")], problem.message)
        }
        for problem in report.skipped.sorted() {
            out += command("notice", [("file", problem.path), ("title", "randlint")], problem.message)
        }
        for note in report.notes {
            out += command("notice", [("title", "randlint")], note)
        }
        return out
    }

    static func command(_ name: String, _ properties: [(String, String)], _ message: String) -> String {
        let props = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(name) \(props)::\(escapeData(message))\n"
    }

    /// `%` first, then CR and LF (actions/toolkit `escapeData`).
    static func escapeData(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// `escapeData` plus `:` and `,` (actions/toolkit `escapeProperty`).
    static func escapeProperty(_ s: String) -> String {
        var out = ""
        for ch in escapeData(s).unicodeScalars {
            switch ch {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
