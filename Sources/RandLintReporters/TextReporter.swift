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
            if let fix = finding.fix {
                let how = fix.applicability == .safe ? "safe, applied by --fix" : "unsafe, applied by --fix --unsafe-fixes"
                out += "  " + paint("= fix:", .cyan) + " \(fix.title) (\(how))\n"
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
        // Skips the configuration allows: one line per reason (a machine without libclang skips every C file).
        let skippedByMessage = Dictionary(grouping: report.skipped, by: \.message)
        for message in skippedByMessage.keys.sorted() {
            let paths = Set(skippedByMessage[message]!.map(\.path)).sorted()
            let subject = paths.count == 1 ? paint("\(paths[0]):", .bold) + " " + paint("note:", .bold) : paint("note:", .bold) + " \(plural(paths.count, "file"))"
            out += subject + " " + message + "\n"
        }
        for note in report.notes {
            out += paint("note:", .bold) + " " + note + "\n"
        }
        if !report.problems.isEmpty || !report.skipped.isEmpty || !report.notes.isEmpty { out += "\n" }
        out += paint(summary(), .bold) + "\n"
        return out
    }

    private func header(_ f: Finding) -> String {
        let location = "\(f.path):\(f.range.start.line):\(f.range.start.column):"
        return paint(location, .bold) + " " + paint(f.level.rawValue, levelStyle(f.level))
            + "[\(f.ruleID)]: " + paint(f.message, .bold) + "\n"
    }

    /// A code frame shows at most this many bytes of a line: around the range, with `…` for the rest.
    static let frameWidth = 160

    /// The source line and the underline; empty when the source text is not available. A long
    /// line (minified code) is cut to `frameWidth` bytes around the range, so a file with many
    /// findings on one long line does not print that line in full for each.
    private func frame(_ f: Finding) -> String {
        let lineNumber = f.range.start.line
        guard var bytes = sources.line(lineNumber, of: f.path).map(Array.init) else { return "" }
        var startByte = min(max(f.range.start.column - 1, 0), bytes.count)
        var endByte = f.range.end.line > lineNumber
            ? bytes.count
            : min(max(f.range.end.column - 1, startByte), bytes.count)
        var cut = (before: false, after: false)
        if bytes.count > Self.frameWidth {
            var from = max(0, startByte - Self.frameWidth / 4)
            while from > 0, bytes[from] & 0xC0 == 0x80 { from -= 1 }
            var to = min(bytes.count, from + Self.frameWidth)
            while to < bytes.count, bytes[to] & 0xC0 == 0x80 { to += 1 }
            cut = (from > 0, to < bytes.count)
            bytes = Array(bytes[from..<to])
            startByte -= from
            endByte = min(endByte - from, bytes.count)
            if cut.before {
                bytes = Array("…".utf8) + bytes
                startByte += 3
                endByte += 3
            }
            if cut.after { bytes += Array("…".utf8) }
        }
        let line = String(decoding: bytes, as: UTF8.self)
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
        if !report.skipped.isEmpty {
            text += "; \(plural(Set(report.skipped.map(\.path)).count, "file")) not analyzed, as the configuration allows"
        }
        let fixed = report.fixedFiles.reduce(0) { $0 + $1.resolved }
        if fixed > 0 { text += "; fixed \(plural(fixed, "finding")) in \(plural(report.fixedFiles.count, "file"))" }
        let safe = findings.filter { $0.fix?.applicability == .safe }.count, unsafe = findings.filter { $0.fix?.applicability == .unsafe }.count
        if safe > 0 { text += "; \(safe) fixable with --fix" }
        if unsafe > 0 { text += "; \(unsafe) \(safe > 0 ? "more " : "")with --fix --unsafe-fixes" }
        if report.filesPartiallyParsed > 0 {
            text += "; \(plural(report.filesPartiallyParsed, "file")) only partly parsed (see the notes)"
        }
        return text
    }
}
