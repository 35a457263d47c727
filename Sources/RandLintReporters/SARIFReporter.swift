import RandLintCore

/// SARIF 2.1.0 for GitHub code scanning and other consumers, per INTEGRATIONS §0/§1.4:
/// one run; every rule that ran (sorted by id) with descriptions, help and GitHub properties;
/// results with `ruleIndex`, a `%SRCROOT%`-relative percent-encoded URI, a full region in
/// UTF-16 code units, related locations linked from the message, and a line-independent
/// `partialFingerprints["randlint/v1"]`. At most `Reporters.sarifResultLimit` results.
struct SARIFReporter {
    let report: LintReport
    let options: ReporterOptions
    let sources: SourceCache

    static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    static let fingerprintKey = Fingerprint.sarifKey

    init(report: LintReport, options: ReporterOptions) {
        self.report = report
        self.options = options
        self.sources = SourceCache(report.sources)
    }

    func render() -> String {
        let rules = report.rules.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        var ruleIndex: [String: Int] = [:]
        for (i, rule) in rules.enumerated() where ruleIndex[rule.id] == nil { ruleIndex[rule.id] = i }

        let all = report.findings.sorted()
        let kept = Array(all.prefix(Reporters.sarifResultLimit))
        let fingerprints = Fingerprint.fingerprints(of: all) { f in
            sources.line(f.range.start.line, of: f.path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
        let results: [JSONValue] = kept.enumerated().map { i, f in result(f, ruleIndex: ruleIndex[f.ruleID], fingerprint: fingerprints[i]) }

        // A problem failed the run (error); a skip the configuration allows did not (warning).
        let notAnalyzed = report.problems.sorted().map { ($0, JSONValue.string("error")) } + report.skipped.sorted().map { ($0, JSONValue.string("warning")) }
        var notifications: [JSONValue] = notAnalyzed.map { problem, level in
            [
                "level": level,
                "descriptor": ["id": "file-not-analyzed"],
                "message": ["text": .string("\(problem.path) was not analyzed: \(problem.message)")],
                "locations": [["physicalLocation": ["artifactLocation": artifact(problem.path)]]],
            ]
        }
        if all.count > kept.count {
            notifications.append([
                "level": "warning",
                "descriptor": ["id": "results-truncated"],
                "message": ["text": .string("\(all.count - kept.count) of \(all.count) results were left out: GitHub code scanning accepts at most \(Reporters.sarifResultLimit) results per run")],
            ])
        }
        notifications += report.notes.map { note in
            ["level": "note", "descriptor": ["id": "note"], "message": ["text": .string(note)]]
        }

        let run: JSONValue = [
            "tool": ["driver": [
                "name": "randlint",
                "semanticVersion": .string(options.toolVersion),
                "informationUri": .string(options.informationURI),
                "rules": .array(rules.map(descriptor)),
            ]],
            "originalUriBaseIds": ["%SRCROOT%": ["uri": .string(SARIFReporter.fileURL(directory: report.root))]],
            "columnKind": "utf16CodeUnits",
            // No `automationDetails`: upload-sarif sets it from its `category` input only when the
            // run has none, so a fixed id here would silently merge every randlint upload of a commit.
            "invocations": [[
                "executionSuccessful": .bool(report.problems.isEmpty),
                "properties": [
                    "filesAnalyzed": .int(report.filesAnalyzed),
                    "filesNotAnalyzed": .int(report.filesNotAnalyzed),
                    "filesPartiallyParsed": .int(report.filesPartiallyParsed),
                ],
                "toolExecutionNotifications": .array(notifications),
            ]],
            "results": .array(results),
        ]
        let log: JSONValue = ["$schema": .string(SARIFReporter.schemaURI), "version": "2.1.0", "runs": [run]]
        return log.rendered()
    }

    // MARK: results

    private func result(_ f: Finding, ruleIndex: Int?, fingerprint: String) -> JSONValue {
        var message = f.message
        if !f.related.isEmpty {
            // Embedded links make brackets and backslashes in the rest of the text literal-escaped (SARIF §3.11.6).
            let links = f.related.enumerated().map { i, r in
                "[\(SARIFReporter.escapeLinkText(r.message.isEmpty ? "related location" : r.message))](\(i + 1))"
            }
            message = SARIFReporter.escapeLinkText(f.message) + "; see " + links.joined(separator: ", ")
        }
        var object: [String: JSONValue] = [
            "ruleId": .string(f.ruleID),
            "level": .string(f.level.rawValue),
            "message": ["text": .string(message)],
            "locations": [["physicalLocation": physicalLocation(path: f.path, range: f.range)]],
            "partialFingerprints": [SARIFReporter.fingerprintKey: .string(fingerprint)],
        ]
        if let ruleIndex { object["ruleIndex"] = .int(ruleIndex) }
        if !f.related.isEmpty {
            object["relatedLocations"] = .array(f.related.enumerated().map { i, r in
                [
                    "id": .int(i + 1),
                    "message": ["text": .string(r.message.isEmpty ? "related location" : r.message)],
                    "physicalLocation": physicalLocation(path: f.path, range: r.range),
                ]
            })
        }
        if let fix = f.fix {
            object["fixes"] = [[
                "description": ["text": .string(fix.title)],
                "artifactChanges": [[
                    "artifactLocation": artifact(f.path),
                    "replacements": .array(fix.edits.map { edit in
                        ["deletedRegion": region(path: f.path, range: edit.range), "insertedContent": ["text": .string(edit.replacement)]]
                    }),
                ]],
                "properties": ["applicability": .string(fix.applicability.rawValue)],
            ]]
        }
        return .object(object)
    }

    private func artifact(_ path: String) -> JSONValue {
        ["uri": .string(SARIFReporter.percentEncode(path)), "uriBaseId": "%SRCROOT%"]
    }

    private func physicalLocation(path: String, range: SourceRange) -> JSONValue {
        ["artifactLocation": artifact(path), "region": region(path: path, range: range)]
    }

    /// A full region (start and end line and column, UTF-16 columns as `columnKind` says).
    private func region(path: String, range: SourceRange) -> JSONValue {
        let startColumn = Columns.utf16(byteColumn: range.start.column, in: sources.line(range.start.line, of: path))
        var endColumn = Columns.utf16(byteColumn: range.end.column, in: sources.line(range.end.line, of: path))
        let endLine = max(range.end.line, range.start.line)
        if endLine == range.start.line { endColumn = max(endColumn, startColumn) }
        return [
            "startLine": .int(max(range.start.line, 1)),
            "startColumn": .int(startColumn),
            "endLine": .int(max(endLine, 1)),
            "endColumn": .int(endColumn),
        ]
    }

    // MARK: rules

    private func descriptor(_ rule: Rule) -> JSONValue {
        let p = rule.metadata
        var properties: [String: JSONValue] = [
            "tags": .array((p.tags + p.cwe.map { "external/cwe/cwe-\($0)" }).map { .string($0) }),
            "precision": .string(p.precision),
        ]
        if let severity = p.securitySeverity {
            properties["security-severity"] = .string(severity)
        } else {
            properties["problem.severity"] = .string(rule.level.rawValue)
        }
        let informationURI = options.informationURI
        return [
            "id": .string(rule.id),
            "name": .string(SARIFReporter.camelCase(rule.id)),
            "shortDescription": ["text": .string(rule.summary)],
            "fullDescription": ["text": .string(rule.rationale)],
            "help": ["text": .string(SARIFReporter.helpText(rule)), "markdown": .string(SARIFReporter.helpMarkdown(rule))],
            "helpUri": .string("\(informationURI)#\(rule.id)"),
            "defaultConfiguration": ["level": .string(rule.level.rawValue)],
            "properties": .object(properties),
        ]
    }

    static func languageName(_ language: Language) -> String {
        switch language {
        case .swift: return "Swift"
        case .c: return "C"
        }
    }

    /// An example as users should read it: without the `// expect:` marks of the test harness.
    static func displayCode(_ code: String) -> String {
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let mark = line.firstRange(of: "// expect:") else { return String(line) }
            var kept = line[..<mark.lowerBound]
            while kept.last == " " || kept.last == "\t" { kept.removeLast() }
            return String(kept)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }

    static func helpText(_ rule: Rule) -> String {
        var parts = [rule.summary + "."]
        if !rule.help.isEmpty {
            parts.append("What to write instead:\n" + rule.help.sorted { $0.key < $1.key }
                .map { "  \(languageName($0.key)): \($0.value)" }.joined(separator: "\n"))
        }
        func examples(_ title: String, _ list: [Example]) {
            for example in list {
                let code = displayCode(example.code).split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
                parts.append("\(title) (\(languageName(example.language)), \(example.file)):\n\(code)")
            }
        }
        examples("Triggers", rule.triggering)
        examples("Does not trigger", rule.nonTriggering)
        return parts.joined(separator: "\n\n")
    }

    static func helpMarkdown(_ rule: Rule) -> String {
        var parts = [escapeMarkdown(rule.summary) + "."]
        if !rule.help.isEmpty {
            parts.append("**What to write instead**\n\n" + rule.help.sorted { $0.key < $1.key }
                .map { "- \(languageName($0.key)): \(escapeMarkdown($0.value))" }.joined(separator: "\n"))
        }
        func examples(_ title: String, _ list: [Example]) {
            guard !list.isEmpty else { return }
            var section = "**\(title)**"
            for example in list {
                let code = displayCode(example.code)
                let fence = code.contains("```") ? "~~~~" : "```"
                section += "\n\n\(fence)\(example.language.rawValue)\n\(code)\n\(fence)"
            }
            parts.append(section)
        }
        examples("Triggers", rule.triggering)
        examples("Does not trigger", rule.nonTriggering)
        return parts.joined(separator: "\n\n")
    }

    static func escapeMarkdown(_ s: String) -> String {
        var out = ""
        for ch in s {
            if "\\`*_[]<>#|~".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    static func escapeLinkText(_ s: String) -> String {
        var out = ""
        for ch in s {
            if ch == "\\" || ch == "[" || ch == "]" { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    /// `key-reuse` → `KeyReuse`.
    static func camelCase(_ id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    // MARK: URIs

    /// RFC 3986 `uri-reference` path: unreserved characters and `/` kept, every other byte
    /// percent-encoded (`My Dir/ä.c` → `My%20Dir/%C3%A4.c`).
    static func percentEncode(_ path: String) -> String {
        let hex: [Character] = Array("0123456789ABCDEF")
        var out = ""
        for b in path.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.append(Character(Unicode.Scalar(b)))
            default:
                out.append("%")
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            }
        }
        return out
    }

    /// `file:///abs/dir/` for an absolute directory (the trailing `/` makes relative URIs resolve inside it).
    static func fileURL(directory: String) -> String {
        var path = directory.hasPrefix("/") ? directory : "/" + directory
        if !path.hasSuffix("/") { path += "/" }
        return "file://" + percentEncode(path)
    }
}
