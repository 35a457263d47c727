import RandLintCore

/// An LSP `TextEdit`.
struct TextEdit {
    var range: LSPRange
    var newText: String

    var json: JSON { ["range": range.json, "newText": .string(newText)] }
}

/// Quick fixes for the diagnostics under the cursor: the mechanical fix where a finding has one,
/// then "suppress on this line".
enum CodeActions {
    static let quickFix = "quickfix"

    /// Whether `context.only` (if given) admits quick fixes (`quickfix` or a parent kind such as "").
    static func allowsQuickFix(only: [String]?) -> Bool {
        guard let only else { return true }
        return only.contains { $0.isEmpty || $0 == quickFix || quickFix.hasPrefix($0 + ".") }
    }

    static func actions(for diagnostics: [LSPDiagnostic], in document: Document, features: ClientFeatures) -> [JSON] {
        var actions: [JSON] = []
        var suppressed = Set<String>()
        for diagnostic in diagnostics {
            let diagnosticJSON = diagnostic.json(uri: document.uri, features: features, channel: .push)
            if let fix = mechanicalFix(for: diagnostic.finding, in: document, encoding: features.encoding) {
                actions.append(action(title: fix.title, diagnostic: diagnosticJSON, edits: fix.edits, preferred: fix.preferred,
                                      document: document, features: features))
            }
            let rule = diagnostic.finding.ruleID
            let line = diagnostic.range.start.line
            guard suppressed.insert("\(line):\(rule)").inserted else { continue }
            let edit = suppressionEdit(rule: rule, line: line, in: document, encoding: features.encoding)
            actions.append(action(title: "Suppress \(rule) on this line", diagnostic: diagnosticJSON, edits: [edit], preferred: false,
                                  document: document, features: features))
        }
        return actions
    }

    /// The finding's mechanical fix (see `Fix`: the engine offers only fixes that hold) as text
    /// edits in the client's position encoding, or nil. Safe fixes are the preferred action.
    static func mechanicalFix(for finding: Finding, in document: Document, encoding: PositionEncoding)
        -> (title: String, edits: [TextEdit], preferred: Bool)? {
        guard let fix = finding.fix else { return nil }
        let edits = fix.edits.map { edit in
            TextEdit(range: LSPRange(start: document.lines.position(line: edit.range.start.line, utf8Column: edit.range.start.column, encoding: encoding),
                                     end: document.lines.position(line: edit.range.end.line, utf8Column: edit.range.end.column, encoding: encoding)),
                     newText: edit.replacement)
        }
        let title = "Fix: " + fix.title + (fix.applicability == .unsafe ? " (changes the numbers drawn)" : "")
        return (title, edits, fix.applicability == .safe)
    }

    private static func action(title: String, diagnostic: JSON, edits: [TextEdit], preferred: Bool,
                               document: Document, features: ClientFeatures) -> JSON {
        let edit: JSON
        if features.documentChanges {
            edit = ["documentChanges": [[
                "textDocument": ["uri": .string(document.uri), "version": document.version.map(JSON.int) ?? .null],
                "edits": .array(edits.map(\.json)),
            ]]]
        } else {
            edit = ["changes": .object([document.uri: .array(edits.map(\.json))])]
        }
        var object: [String: JSON] = [
            "title": .string(title),
            "kind": .string(quickFix),
            "diagnostics": [diagnostic],
            "edit": edit,
        ]
        if preferred { object["isPreferred"] = true }
        return .object(object)
    }

    /// Appends ` // randlint:disable-line RULE` to the line, or adds the rule to a
    /// `randlint:disable-line` directive already there.
    static func suppressionEdit(rule: String, line: Int, in document: Document, encoding: PositionEncoding) -> TextEdit {
        let text = document.lines.text(ofLine: line)
        let bytes = Array(text.utf8)
        if let directive = text.range(of: "randlint:disable-line") {
            // Insert after the last rule in the list (before `-- reason` or `*/`).
            let directiveEnd = text.utf8.distance(from: text.startIndex, to: directive.upperBound)
            var insertAt = directiveEnd
            var index = insertAt
            while index < bytes.count {
                while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
                let wordStart = index
                while index < bytes.count && bytes[index] != 0x20 && bytes[index] != 0x09 { index += 1 }
                let word = String(decoding: bytes[wordStart..<index], as: UTF8.self)
                if word.isEmpty || word == "--" || word.hasPrefix("*/") { break }
                insertAt = index
            }
            let position = document.lines.position(line: line + 1, utf8Column: insertAt + 1, encoding: encoding)
            return TextEdit(range: LSPRange(start: position, end: position), newText: insertAt == directiveEnd ? " \(rule)" : ", \(rule)")
        }
        let end = document.lines.endOfLine(line, encoding: encoding)
        return TextEdit(range: LSPRange(start: end, end: end), newText: " // randlint:disable-line \(rule)")
    }
}
