import RandLintCore
import RandLintReporters

/// What the client said it can show, from `initialize` (LSP 3.17 client capabilities).
struct ClientFeatures {
    var encoding: PositionEncoding = .utf16
    /// `publishDiagnostics.relatedInformation` / `diagnostic.relatedInformation`.
    var relatedInformationPush = false
    var relatedInformationPull = false
    /// `publishDiagnostics.codeDescriptionSupport` / `diagnostic.codeDescriptionSupport`.
    var codeDescriptionPush = false
    var codeDescriptionPull = false
    /// `workspace.workspaceEdit.documentChanges`: versioned edits.
    var documentChanges = false
    /// `workspace.didChangeWatchedFiles.dynamicRegistration`: the server may ask to watch `.randlint.yml`.
    var watchedFilesRegistration = false
    /// `textDocument.diagnostic`: the client pulls diagnostics (LSP 3.17), so the server does not
    /// also push them; a client showing both would list every finding twice.
    var pullsDiagnostics = false
    /// `workspace.diagnostics.refreshSupport`: the server may ask a pulling client to pull again
    /// (after the configuration changed).
    var diagnosticRefresh = false

    init() {}

    init(capabilities: JSON?) {
        let offered = capabilities?[path: "general", "positionEncodings"]?.arrayValue?.compactMap(\.stringValue)
        encoding = PositionEncoding.negotiate(offered: offered)
        relatedInformationPush = capabilities?[path: "textDocument", "publishDiagnostics", "relatedInformation"]?.boolValue ?? false
        relatedInformationPull = capabilities?[path: "textDocument", "diagnostic", "relatedInformation"]?.boolValue ?? false
        codeDescriptionPush = capabilities?[path: "textDocument", "publishDiagnostics", "codeDescriptionSupport"]?.boolValue ?? false
        codeDescriptionPull = capabilities?[path: "textDocument", "diagnostic", "codeDescriptionSupport"]?.boolValue ?? false
        documentChanges = capabilities?[path: "workspace", "workspaceEdit", "documentChanges"]?.boolValue ?? false
        watchedFilesRegistration = capabilities?[path: "workspace", "didChangeWatchedFiles", "dynamicRegistration"]?.boolValue ?? false
        if case .object = capabilities?[path: "textDocument", "diagnostic"] { pullsDiagnostics = true }
        diagnosticRefresh = capabilities?[path: "workspace", "diagnostics", "refreshSupport"]?.boolValue ?? false
    }
}

/// Which way a diagnostic travels: pushed (`publishDiagnostics`) or pulled (`textDocument/diagnostic`);
/// the client declares what it shows separately for each.
enum DiagnosticChannel {
    case push
    case pull
}

/// A finding as an LSP diagnostic, in the document's coordinates and the negotiated encoding.
struct LSPDiagnostic {
    var finding: Finding
    var range: LSPRange
    var related: [(range: LSPRange, message: String)]

    init(_ finding: Finding, in document: Document, encoding: PositionEncoding) {
        self.finding = finding
        let lines = document.lines
        func convert(_ range: SourceRange) -> LSPRange {
            let start = lines.position(line: range.start.line, utf8Column: range.start.column, encoding: encoding)
            let end = lines.position(line: range.end.line, utf8Column: range.end.column, encoding: encoding)
            return LSPRange(start: start, end: max(start, end))
        }
        self.range = convert(finding.range)
        self.related = finding.related.map { (convert($0.range), $0.message) }
    }

    /// LSP `DiagnosticSeverity`: 1 error, 2 warning.
    var severity: Int { finding.level == .error ? 1 : 2 }

    /// The message the editor shows: what happens at run time, then the help on its own line.
    var message: String {
        finding.help.isEmpty ? finding.message : finding.message + "\nhelp: " + finding.help
    }

    static func documentationURL(rule: String) -> String {
        "\(ReporterOptions.defaultInformationURI)#\(rule)"
    }

    func json(uri: String, features: ClientFeatures, channel: DiagnosticChannel) -> JSON {
        var object: [String: JSON] = [
            "range": range.json,
            "severity": .int(severity),
            "code": .string(finding.ruleID),
            "source": "randlint",
            "message": .string(message),
        ]
        // A client that shows these on pushed diagnostics shows them on pulled ones too.
        let codeDescription = channel == .push ? features.codeDescriptionPush : features.codeDescriptionPull || features.codeDescriptionPush
        if codeDescription {
            object["codeDescription"] = ["href": .string(Self.documentationURL(rule: finding.ruleID))]
        }
        let relatedInformation = channel == .push ? features.relatedInformationPush : features.relatedInformationPull || features.relatedInformationPush
        if relatedInformation && !related.isEmpty {
            object["relatedInformation"] = .array(related.map { item in
                ["location": ["uri": .string(uri), "range": item.range.json], "message": .string(item.message)]
            })
        }
        return .object(object)
    }
}
