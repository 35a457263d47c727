import RandLintCore

/// The documented, versioned machine format: see `Docs/json-format.md`. Keys sorted, pretty
/// printed, no timing, so the bytes depend only on the analyzed files.
enum JSONReporter {
    static let schemaVersion = 1

    static func render(_ report: LintReport, options: ReporterOptions) -> String {
        let findings = report.findings.sorted()
        let errors = findings.filter { $0.level == .error }.count
        let document: JSONValue = [
            "version": .int(schemaVersion),
            "tool": ["name": "randlint", "version": .string(options.toolVersion)],
            "findings": .array(findings.map(finding)),
            "problems": .array(report.problems.sorted().map { ["path": .string($0.path), "message": .string($0.message)] }),
            "notes": .array(report.notes.map { .string($0) }),
            "skipped": .array(report.skipped.sorted().map { ["path": .string($0.path), "message": .string($0.message)] }),
            "summary": [
                "files_analyzed": .int(report.filesAnalyzed),
                "files_parsed": .int(report.filesParsed),
                "files_not_analyzed": .int(report.filesNotAnalyzed),
                "files_partially_parsed": .int(report.filesPartiallyParsed),
                "findings": .int(findings.count),
                "errors": .int(errors),
                "warnings": .int(findings.count - errors),
                "fixed": .int(report.fixedFiles.reduce(0) { $0 + $1.resolved }),
            ],
        ]
        return document.rendered()
    }

    static func position(_ p: SourcePosition) -> JSONValue { ["line": .int(p.line), "column": .int(p.column)] }

    static func finding(_ f: Finding) -> JSONValue {
        [
            "rule": .string(f.ruleID),
            "level": .string(f.level.rawValue),
            "path": .string(f.path),
            "start": position(f.range.start),
            "end": position(f.range.end),
            "message": .string(f.message),
            "help": .string(f.help),
            "fix": f.fix.map { fix -> JSONValue in
                [
                    "title": .string(fix.title),
                    "applicability": .string(fix.applicability.rawValue),
                    "edits": .array(fix.edits.map { edit in
                        ["start": position(edit.range.start), "end": position(edit.range.end), "replacement": .string(edit.replacement)]
                    }),
                ]
            } ?? .null,
            "related": .array(f.related.map { r in
                ["path": .string(f.path), "start": position(r.range.start), "end": position(r.range.end),
                 "message": .string(r.message)]
            }),
        ]
    }
}
