import Foundation
import RandLintCore
import RandLintEngine

/// JSON-RPC error codes the server answers with.
public enum ErrorCode {
    public static let parseError = -32700
    public static let invalidRequest = -32600
    public static let methodNotFound = -32601
    public static let invalidParams = -32602
    public static let internalError = -32603
    public static let serverNotInitialized = -32002
}

struct RPCError: Error {
    var code: Int
    var message: String

    static func invalidParams(_ message: String) -> RPCError { RPCError(code: ErrorCode.invalidParams, message: message) }
}

/// randlint's language server: diagnostics while typing, "suppress on this line" quick fixes.
///
/// One message at a time, in arrival order, on the caller's thread: the output for a given input
/// is always the same bytes. Every document is linted from the editor's text, never from disk.
/// Nothing but protocol messages goes to `send`; logs go to `log` (stderr).
public final class LanguageServer {
    public let version: String
    private let send: ([UInt8]) -> Void
    private let log: (String) -> Void

    private var initialized = false
    private var shutdownRequested = false
    /// Set by the `exit` notification: 0 after `shutdown`, else 1.
    public private(set) var exitCode: Int32?

    private var features = ClientFeatures()
    /// The workspace folder (from `rootUri`, `workspaceFolders` or `rootPath`); nil for a single file.
    private(set) var root: String?
    private var linter: Linter?
    /// Bumped when the configuration is reloaded; part of the pull `resultId`.
    private var configGeneration = 0
    private var documents: [String: Document] = [:]
    /// Messages to show once the client has sent `initialized`.
    private var pendingMessages: [(type: Int, text: String)] = []
    /// "uri\0reason" of the documents already reported as not analyzed (see `lint(_:)`).
    private var shownNotAnalyzed = Set<String>()
    private var nextRequestID = 1

    public init(version: String, send: @escaping ([UInt8]) -> Void, log: @escaping (String) -> Void = { _ in }) {
        self.version = version
        self.send = send
        self.log = log
    }

    public var didShutdown: Bool { shutdownRequested }

    // MARK: the message loop

    /// Serves LSP on stdin/stdout until `exit` or end of input; returns the process exit code.
    public static func serveStdio(version: String) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        // Only protocol messages may reach the client: keep a private copy of stdout for them and
        // point file descriptor 1 at stderr, so a stray print (ours or a library's) cannot corrupt
        // the stream.
        let protocolOut = dup(STDOUT_FILENO)
        if protocolOut >= 0 { dup2(STDERR_FILENO, STDOUT_FILENO) }
        let channel = FileDescriptorChannel(input: STDIN_FILENO, output: protocolOut >= 0 ? protocolOut : STDOUT_FILENO)
        var clientGone = false
        let server = LanguageServer(version: version, send: { bytes in
            if !clientGone && !channel.write(bytes) { clientGone = true }
        }, log: { line in
            FileHandle.standardError.write(Data("randlint lsp: \(line)\n".utf8))
        })
        var reader = MessageReader()
        while server.exitCode == nil && !clientGone {
            guard let chunk = channel.read() else { break }
            reader.feed(chunk)
            while server.exitCode == nil, let item = reader.next() {
                switch item {
                case .message(let body): server.handle(body)
                case .framingError(let reason): server.log("dropped malformed input: \(reason)")
                }
            }
        }
        if let code = server.exitCode { return code }
        // End of input (or the client closed its end) without `exit`.
        return server.shutdownRequested ? 0 : 1
    }

    /// Handles one message body (the JSON after the header).
    public func handle(_ body: [UInt8]) {
        let message: JSON
        do {
            message = try JSON.parse(body)
        } catch {
            log("\(error)")
            respond(id: .null, error: RPCError(code: ErrorCode.parseError, message: "parse error: \(error.description)"))
            return
        }
        guard case .object(let fields) = message else {
            respond(id: .null, error: RPCError(code: ErrorCode.invalidRequest, message: "a message must be a JSON object"))
            return
        }
        let id = fields["id"]
        if let id, !Self.isValidID(id) {
            respond(id: .null, error: RPCError(code: ErrorCode.invalidRequest, message: "'id' must be an integer or a string"))
            return
        }
        guard let methodValue = fields["method"] else {
            if id != nil && (fields["result"] != nil || fields["error"] != nil) {
                return  // the client's answer to one of our requests (client/registerCapability)
            }
            respond(id: id ?? .null, error: RPCError(code: ErrorCode.invalidRequest, message: "missing 'method'"))
            return
        }
        guard let method = methodValue.stringValue else {
            respond(id: id ?? .null, error: RPCError(code: ErrorCode.invalidRequest, message: "'method' must be a string"))
            return
        }
        guard fields["jsonrpc"]?.stringValue == "2.0" else {
            if let id { respond(id: id, error: RPCError(code: ErrorCode.invalidRequest, message: "'jsonrpc' must be \"2.0\"")) }
            else { log("ignored notification \(method): 'jsonrpc' must be \"2.0\"") }
            return
        }
        let params = fields["params"] ?? .null
        switch params {
        case .object, .array, .null: break
        default:
            if let id { respond(id: id, error: .invalidParams("'params' must be an object or an array")) }
            else { log("ignored notification \(method): 'params' must be an object or an array") }
            return
        }
        if let id {
            request(id: id, method: method, params: params)
        } else {
            notification(method: method, params: params)
        }
    }

    private static func isValidID(_ id: JSON) -> Bool {
        switch id {
        case .string, .int, .null: return true
        case .double(let d): return d.rounded() == d
        default: return false
        }
    }

    // MARK: requests

    private func request(id: JSON, method: String, params: JSON) {
        let result: Result<JSON, RPCError>
        if method == "initialize" {
            result = initialized ? .failure(RPCError(code: ErrorCode.invalidRequest, message: "initialize was already received"))
                                 : initialize(params)
        } else if !initialized {
            result = .failure(RPCError(code: ErrorCode.serverNotInitialized, message: "the server is not initialized"))
        } else if shutdownRequested {
            result = .failure(RPCError(code: ErrorCode.invalidRequest, message: "the server is shutting down"))
        } else {
            switch method {
            case "shutdown":
                shutdownRequested = true
                result = .success(.null)
            case "textDocument/diagnostic": result = pullDiagnostics(params)
            case "textDocument/codeAction": result = codeActions(params)
            default: result = .failure(RPCError(code: ErrorCode.methodNotFound, message: "unhandled method \(method)"))
            }
        }
        switch result {
        case .success(let value): send(message: ["jsonrpc": "2.0", "id": id, "result": value])
        case .failure(let error): respond(id: id, error: error)
        }
    }

    private func respond(id: JSON, error: RPCError) {
        send(message: ["jsonrpc": "2.0", "id": id, "error": ["code": .int(error.code), "message": .string(error.message)]])
    }

    private func initialize(_ params: JSON) -> Result<JSON, RPCError> {
        guard case .object = params else { return .failure(.invalidParams("initialize needs params with 'capabilities'")) }
        features = ClientFeatures(capabilities: params["capabilities"])
        root = Self.workspaceRoot(params)
        initialized = true
        loadLinter(reason: nil)
        let capabilities: JSON = [
            "positionEncoding": .string(features.encoding.rawValue),
            "textDocumentSync": ["openClose": true, "change": 1, "save": ["includeText": false]],
            "codeActionProvider": ["codeActionKinds": [.string(CodeActions.quickFix)]],
            "diagnosticProvider": ["interFileDependencies": false, "workspaceDiagnostics": false],
        ]
        return .success(["capabilities": capabilities, "serverInfo": ["name": "randlint", "version": .string(version)]])
    }

    static func workspaceRoot(_ params: JSON) -> String? {
        func filePath(_ uri: String?) -> String? {
            guard let uri, let url = URL(string: uri), url.isFileURL else { return nil }
            return url.standardizedFileURL.path
        }
        if let path = filePath(params["rootUri"]?.stringValue) { return path }
        if let folder = params["workspaceFolders"]?.arrayValue?.first, let path = filePath(folder["uri"]?.stringValue) { return path }
        if let path = params["rootPath"]?.stringValue, !path.isEmpty { return path }
        return nil
    }

    private func pullDiagnostics(_ params: JSON) -> Result<JSON, RPCError> {
        guard let uri = params[path: "textDocument", "uri"]?.stringValue else {
            return .failure(.invalidParams("textDocument/diagnostic needs textDocument.uri"))
        }
        guard let document = documents[uri] else {
            // Not open: lint what is on disk, if it is a file we can read.
            guard let url = URL(string: uri), url.isFileURL, let data = FileManager.default.contents(atPath: url.path) else {
                return .success(["kind": "full", "items": []])
            }
            var document = Document(uri: uri, languageID: "", version: nil, text: String(decoding: data, as: UTF8.self))
            document.findings = lint(document)
            return .success(["kind": "full", "items": .array(diagnostics(for: document).map {
                $0.json(uri: uri, features: features, channel: .pull)
            })])
        }
        let resultID = "\(configGeneration).\(document.revision)"
        if params["previousResultId"]?.stringValue == resultID {
            return .success(["kind": "unchanged", "resultId": .string(resultID)])
        }
        let items = diagnostics(for: document).map { $0.json(uri: uri, features: features, channel: .pull) }
        return .success(["kind": "full", "resultId": .string(resultID), "items": .array(items)])
    }

    private func codeActions(_ params: JSON) -> Result<JSON, RPCError> {
        guard let uri = params[path: "textDocument", "uri"]?.stringValue, let range = LSPRange(json: params["range"]) else {
            return .failure(.invalidParams("textDocument/codeAction needs textDocument.uri and range"))
        }
        let only = params[path: "context", "only"]?.arrayValue?.compactMap(\.stringValue)
        guard let document = documents[uri], CodeActions.allowsQuickFix(only: only) else { return .success([]) }
        var touched = diagnostics(for: document).filter { $0.range.touches(range) }
        if !touched.isEmpty, let linter {
            // Diagnostics are published without fixes; the fixes (checked by analyzing the fixed
            // text) are worked out now, for the findings under the cursor.
            let withFixes = linter.lintDocument(path: document.path, source: document.text, fixes: true).findings
            for index in touched.indices {
                let finding = touched[index].finding
                touched[index].finding.fix = withFixes.first {
                    $0.ruleID == finding.ruleID && $0.range == finding.range && $0.message == finding.message
                }?.fix
            }
        }
        return .success(.array(CodeActions.actions(for: touched, in: document, features: features)))
    }

    // MARK: notifications

    private func notification(method: String, params: JSON) {
        if method == "exit" {
            exitCode = shutdownRequested ? 0 : 1
            return
        }
        guard initialized, !shutdownRequested else { return }
        switch method {
        case "initialized":
            registerConfigurationWatcher()
            for message in pendingMessages { showMessage(type: message.type, message.text) }
            pendingMessages = []
        case "textDocument/didOpen": didOpen(params)
        case "textDocument/didChange": didChange(params)
        case "textDocument/didSave": didSave(params)
        case "textDocument/didClose": didClose(params)
        case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(params)
        default: break  // $/cancelRequest, $/setTrace, workspace/didChangeConfiguration, …
        }
    }

    private func didOpen(_ params: JSON) {
        guard let item = params["textDocument"], let uri = item["uri"]?.stringValue, let text = item["text"]?.stringValue else {
            log("ignored textDocument/didOpen without textDocument.uri and text")
            return
        }
        var document = Document(uri: uri, languageID: item["languageId"]?.stringValue ?? "", version: item["version"]?.intValue, text: text)
        if let previous = documents[uri] { document.revision = previous.revision + 1 }
        relintAndPublish(&document)
        documents[uri] = document
    }

    private func didChange(_ params: JSON) {
        guard let uri = params[path: "textDocument", "uri"]?.stringValue, let changes = params["contentChanges"]?.arrayValue else {
            log("ignored textDocument/didChange without textDocument.uri and contentChanges")
            return
        }
        guard var document = documents[uri] else {
            log("ignored textDocument/didChange for a document that is not open: \(uri)")
            return
        }
        for change in changes where !document.apply(change: change, encoding: features.encoding) {
            log("ignored a malformed content change for \(uri)")
        }
        document.version = params[path: "textDocument", "version"]?.intValue ?? document.version
        document.revision += 1
        relintAndPublish(&document)
        documents[uri] = document
    }

    private func didSave(_ params: JSON) {
        guard let uri = params[path: "textDocument", "uri"]?.stringValue else {
            log("ignored textDocument/didSave without textDocument.uri")
            return
        }
        if Self.isConfigurationFile(uri) {
            reloadConfiguration(because: "\(URL(string: uri)?.lastPathComponent ?? uri) was saved")
            return
        }
        guard var document = documents[uri] else { return }
        if let text = params["text"]?.stringValue { document.text = text }
        document.revision += 1
        relintAndPublish(&document)
        documents[uri] = document
    }

    private func didClose(_ params: JSON) {
        guard let uri = params[path: "textDocument", "uri"]?.stringValue else {
            log("ignored textDocument/didClose without textDocument.uri")
            return
        }
        if let document = documents[uri] { linter?.documentClosed(path: document.path) }
        documents[uri] = nil
        send(message: ["jsonrpc": "2.0", "method": "textDocument/publishDiagnostics",
                       "params": ["uri": .string(uri), "diagnostics": []]])
    }

    private func didChangeWatchedFiles(_ params: JSON) {
        let uris = params["changes"]?.arrayValue?.compactMap { $0["uri"]?.stringValue } ?? []
        if uris.contains(where: Self.isConfigurationFile) {
            reloadConfiguration(because: ".randlint.yml changed")
        }
    }

    // MARK: linting and publishing

    private func lint(_ document: Document) -> [Finding] {
        guard let linter, document.language != nil else { return [] }
        // C: the engine also reports findings in project headers the file includes; those belong
        // to the header's own document.
        let (findings, notAnalyzed) = linter.lintDocument(path: document.path, source: document.text, fixes: false)
        if let notAnalyzed, shownNotAnalyzed.insert(document.uri + "\u{0}" + notAnalyzed).inserted {
            // Nothing skipped silently: once per document and reason, not on every keystroke.
            showMessage(type: 2, "randlint: \(document.path) was not analyzed: \(notAnalyzed)")
        }
        return findings.filter { $0.path == document.path }
    }

    private func diagnostics(for document: Document) -> [LSPDiagnostic] {
        document.findings.map { LSPDiagnostic($0, in: document, encoding: features.encoding) }
    }

    /// Lints the document again; pushes the result unless the client pulls diagnostics (it then
    /// asks with `textDocument/diagnostic`, and a push as well would show every finding twice).
    private func relintAndPublish(_ document: inout Document) {
        document.findings = lint(document)
        guard !features.pullsDiagnostics else { return }
        var params: [String: JSON] = [
            "uri": .string(document.uri),
            "diagnostics": .array(diagnostics(for: document).map { $0.json(uri: document.uri, features: features, channel: .push) }),
        ]
        if let version = document.version { params["version"] = .int(version) }
        send(message: ["jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": .object(params)])
    }

    // MARK: configuration

    static func isConfigurationFile(_ uri: String) -> Bool {
        uri.hasSuffix("/.randlint.yml") || uri == ".randlint.yml"
    }

    /// Builds the linter from the workspace's configuration. On failure the previous linter (or,
    /// at start-up, the default configuration) stays in use and the client is told why.
    private func loadLinter(reason: String?) {
        do {
            linter = try Linter(options: ServerConfiguration.lintOptions(root: root))
        } catch {
            let text = "randlint: configuration not loaded: \((error as? RandLintError)?.description ?? "\(error)")"
            log(text)
            if linter == nil { linter = try? Linter(options: ServerConfiguration.defaultOptions(root: root)) }
            if initialized && reason != nil { showMessage(type: 1, text) } else { pendingMessages.append((1, text)) }
        }
    }

    private func reloadConfiguration(because reason: String) {
        log("reloading the configuration: \(reason)")
        loadLinter(reason: reason)
        configGeneration += 1
        for uri in documents.keys.sorted() {
            guard var document = documents[uri] else { continue }
            document.revision += 1
            relintAndPublish(&document)
            documents[uri] = document
        }
        if features.pullsDiagnostics, features.diagnosticRefresh {
            send(message: ["jsonrpc": "2.0", "id": .string("randlint-\(nextRequestID)"), "method": "workspace/diagnostic/refresh"])
            nextRequestID += 1
        }
    }

    /// Asks a client that supports it to tell us when `.randlint.yml` changes.
    private func registerConfigurationWatcher() {
        guard features.watchedFilesRegistration else { return }
        let id = "randlint-\(nextRequestID)"
        nextRequestID += 1
        send(message: ["jsonrpc": "2.0", "id": .string(id), "method": "client/registerCapability", "params": [
            "registrations": [[
                "id": "randlint-configuration",
                "method": "workspace/didChangeWatchedFiles",
                "registerOptions": ["watchers": [["globPattern": "**/.randlint.yml"]]],
            ]],
        ]])
    }

    private func showMessage(type: Int, _ text: String) {
        send(message: ["jsonrpc": "2.0", "method": "window/showMessage", "params": ["type": .int(type), "message": .string(text)]])
    }

    private func send(message: JSON) {
        send(frame(message.serialized))
    }
}

/// The engine options for a workspace.
enum ServerConfiguration {
    /// The default options plus the `.randlint.yml` found from the workspace root (or, without a
    /// workspace, the working directory) upward, as the CLI finds it. A broken file throws the
    /// loader's `path:line: message` error; the server reports it and keeps the previous linter.
    static func lintOptions(root: String?) throws -> LintOptions {
        var options = baseOptions(root: root)
        if let file = Configuration.find(from: root ?? FileManager.default.currentDirectoryPath) {
            try Configuration.load(path: file).apply(to: &options)
        }
        return withDefaultCompileDatabase(options, root: root)
    }

    static func defaultOptions(root: String?) -> LintOptions {
        withDefaultCompileDatabase(baseOptions(root: root), root: root)
    }

    private static func baseOptions(root: String?) -> LintOptions {
        var options = LintOptions()
        options.root = root
        options.jobs = 1
        options.reparsesIncrementally = true
        return options
    }

    /// Without a configured one, a `compile_commands.json` at the workspace root (as clangd finds it).
    private static func withDefaultCompileDatabase(_ options: LintOptions, root: String?) -> LintOptions {
        var options = options
        if options.compileDatabase == nil, let root, FileManager.default.fileExists(atPath: root + "/compile_commands.json") {
            options.compileDatabase = root
        }
        return options
    }
}
