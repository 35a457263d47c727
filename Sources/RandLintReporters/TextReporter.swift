import RandLintCore

/// The human format: for each finding a clang-style header, a code frame with a caret under the
/// range, the help line and the related locations; then problems, notes and a closing summary.
///
/// ```
/// Sources/Sim.swift:7:13: error[key-reuse]: 'key' was already consumed, so this draw repeats the same numbers
///     7 |     let b = key.uniform()
///       |             ^~~~~~~~~~~~~
///   = help: split first: let (k1, k2) = key.split()
///   note: first use of the key: Sources/Sim.swift:4:13
///
/// 1 finding (1 error) in 1 of 3 files analyzed in 0.01s
/// ```
/// Columns are UTF-8 bytes (as clang prints them); the caret is placed by display width, so
/// it lines up under the range whatever precedes it on the line (tabs are kept as tabs).
struct TextReporter {
    let report: LintReport
    let options: ReporterOptions
    let sources: SourceCache

    init(report: LintReport, options: ReporterOptions) {
        self.report = report
        self.options = options
        self.sources = SourceCache(report.sources)
    }

    private enum Style: String {
        case bold = "1", red = "1;31", yellow = "1;33", cyan = "1;36", blue = "1;34"
    }

    private func paint(_ text: String, _ style: Style) -> String {
        options.color && !text.isEmpty ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    private func levelStyle(_ level: Level) -> Style { level == .error ? .red : .yellow }

    func render() -> String {
        var out = ""
        for finding in report.findings.sorted() {
            out += header(finding)
            out += frame(finding)
            if !finding.help.isEmpty {
                out += "  " + paint("= help:", .cyan) + " " + finding.help + "\n"
            }
            for related in finding.related {
                let message = related.message.isEmpty ? "related location" : related.message
                out += "  " + paint("note:", .bold) + " \(message): \(finding.path):\(related.range.start.line):\(related.range.start.column)\n"
            }
            out += "\n"
        }
        for problem in report.problems.sorted() {
            out += paint("\(problem.path):", .bold) + " " + paint("error:", .red) + " " + problem.message + "\n"
        }
        for note in report.notes {
            out += paint("note:", .bold) + " " + note + "\n"
        }
        if !report.problems.isEmpty || !report.notes.isEmpty { out += "\n" }
        out += paint(summary(), .bold) + "\n"
        return out
    }

    private func header(_ f: Finding) -> String {
        let location = "\(f.path):\(f.range.start.line):\(f.range.start.column):"
        return paint(location, .bold) + " " + paint(f.level.rawValue, levelStyle(f.level))
            + "[\(f.ruleID)]: " + paint(f.message, .bold) + "\n"
    }

    /// The source line and the underline; empty when the source text is not available.
    private func frame(_ f: Finding) -> String {
        let lineNumber = f.range.start.line
        guard let bytes = sources.line(lineNumber, of: f.path) else { return "" }
        let line = String(decoding: bytes, as: UTF8.self)
        let startByte = min(max(f.range.start.column - 1, 0), bytes.count)
        let endByte = f.range.end.line > lineNumber
            ? bytes.count
            : min(max(f.range.end.column - 1, startByte), bytes.count)
        let prefix = String(decoding: bytes.prefix(startByte), as: UTF8.self)
        let marked = String(decoding: bytes.dropFirst(startByte).prefix(endByte - startByte), as: UTF8.self)

        // Tabs stay tabs so the terminal expands them the same way on both lines.
        var pad = ""
        for ch in prefix { pad += ch == "\t" ? "\t" : String(repeating: " ", count: Columns.width(of: ch)) }
        let width = max(Columns.displayWidth(Substring(marked)), 1)
        let underline = "^" + String(repeating: "~", count: width - 1)

        let gutter = String(lineNumber)
        let blank = String(repeating: " ", count: gutter.count)
        return "    " + paint(gutter + " |", .blue) + (line.isEmpty ? "" : " " + line) + "\n"
            + "    " + paint(blank + " |", .blue) + " " + pad + paint(underline, levelStyle(f.level)) + "\n"
    }

    func summary() -> String {
        let findings = report.findings
        let time = formatSeconds(report.elapsedSeconds)
        let files = plural(report.filesAnalyzed, "file")
        var text: String
        if findings.isEmpty {
            text = "no findings in \(files) analyzed (\(time))"
        } else {
            let errors = findings.filter { $0.level == .error }.count
            let warnings = findings.count - errors
            var byLevel: [String] = []
            if errors > 0 { byLevel.append(plural(errors, "error")) }
            if warnings > 0 { byLevel.append(plural(warnings, "warning")) }
            let withFindings = Set(findings.map(\.path)).count
            text = "\(plural(findings.count, "finding")) (\(byLevel.joined(separator: ", "))) in \(withFindings) of \(files) analyzed in \(time)"
        }
        if !report.problems.isEmpty {
            let unreadable = Set(report.problems.map(\.path)).count
            text += "; \(plural(unreadable, "file")) could not be analyzed"
        }
        return text
    }
}
