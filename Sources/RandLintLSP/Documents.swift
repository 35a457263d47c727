import Foundation
import RandLintCore

/// An open editor buffer: the text the client sent (never the file on disk), and the findings
/// of its last lint, converted to LSP diagnostics.
struct Document {
    var uri: String
    /// The path handed to the engine: the file path of a `file:` URI; it decides the language.
    var path: String
    var languageID: String
    var version: Int?
    var text: String {
        didSet { lines = LineTable(text) }
    }
    private(set) var lines: LineTable
    /// Bumped on every text or configuration change; part of the pull `resultId`.
    var revision = 0
    var findings: [Finding] = []

    init(uri: String, languageID: String, version: Int?, text: String) {
        self.uri = uri
        self.languageID = languageID
        self.version = version
        self.text = text
        self.lines = LineTable(text)
        self.path = Document.path(forURI: uri, languageID: languageID)
    }

    /// The language randlint analyzes this document as: from the path's extension, else from the
    /// client's `languageId`; nil for anything else (nothing is reported for it).
    var language: Language? { Language(path: path) }

    static func path(forURI uri: String, languageID: String) -> String {
        var path: String
        if let url = URL(string: uri), url.isFileURL {
            path = url.path
        } else if uri.hasPrefix("file://") {
            // A client that did not percent-encode the path.
            let rest = uri.dropFirst("file://".count)
            path = String(rest[(rest.firstIndex(of: "/") ?? rest.startIndex)...])
            path = path.removingPercentEncoding ?? path
        } else if let url = URL(string: uri), !url.path.isEmpty {
            path = url.path   // untitled:Untitled-1, etc.
        } else {
            path = uri
        }
        if Language(path: path) == nil {
            switch languageID {
            case "swift": path += ".swift"
            case "c": path += ".c"
            default: break
            }
        }
        return path
    }

    /// Applies one `contentChanges` entry: a whole-document replacement, or (if a client sends
    /// ranged changes although the server asked for full sync) a range replacement.
    mutating func apply(change: JSON, encoding: PositionEncoding) -> Bool {
        guard let newText = change["text"]?.stringValue else { return false }
        guard let rangeJSON = change["range"], !rangeJSON.isNull else {
            text = newText
            return true
        }
        guard let range = LSPRange(json: rangeJSON) else { return false }
        var bytes = Array(text.utf8)
        let start = lines.byteOffset(of: range.start, encoding: encoding)
        let end = max(start, lines.byteOffset(of: range.end, encoding: encoding))
        bytes.replaceSubrange(start..<min(end, bytes.count), with: Array(newText.utf8))
        text = String(decoding: bytes, as: UTF8.self)
        return true
    }
}
