import Foundation
import XCTest
import RandLintLSP

/// The built `randlint lsp`, driven over raw stdio: framing, JSON-RPC errors, encodings,
/// diagnostics, code actions, lifecycle.
final class ServerProtocolTests: XCTestCase {
    /// `srand` after an emoji: UTF-8 byte 11, UTF-16 unit 9 (0-based).
    static let emojiSwift = "import Glibc\n/* 😀 */ srand(42)\n"
    static let mainURI = "file:///tmp/randlint-lsp-test/main.swift"

    func diagnostics(_ params: JSON) -> [JSON] { params["diagnostics"]?.arrayValue ?? [] }

    func range(_ diagnostic: JSON) -> [Int] {
        ["start", "end"].flatMap { key in ["line", "character"].compactMap { diagnostic[path: "range", key, $0]?.intValue } }
    }

    // MARK: initialize and encodings

    func testInitializeAdvertisesCapabilitiesAndNegotiatesUTF8() throws {
        let session = try LSPSession()
        let result = session.initialize(capabilities: ["general": ["positionEncodings": ["utf-16", "utf-8"]]])
        let capabilities = result["capabilities"]
        XCTAssertEqual(capabilities?["positionEncoding"], "utf-8")
        XCTAssertEqual(capabilities?[path: "textDocumentSync", "change"], 1)
        XCTAssertEqual(capabilities?[path: "textDocumentSync", "openClose"], true)
        XCTAssertNotNil(capabilities?[path: "textDocumentSync", "save"]?.objectValue)
        XCTAssertEqual(capabilities?[path: "diagnosticProvider", "interFileDependencies"], false)
        XCTAssertEqual(capabilities?[path: "codeActionProvider", "codeActionKinds"], ["quickfix"])
        XCTAssertEqual(result[path: "serverInfo", "name"], "randlint")
        XCTAssertEqual(session.shutdownAndExit(), 0)
    }

    func testUTF16IsTheDefaultAndColumnsAreConverted() throws {
        let session = try LSPSession()
        XCTAssertEqual(session.initialize()[path: "capabilities", "positionEncoding"], "utf-16")
        session.open(Self.mainURI, Self.emojiSwift)
        let published = session.notification("textDocument/publishDiagnostics")
        XCTAssertEqual(published["uri"], .string(Self.mainURI))
        XCTAssertEqual(published["version"], 1)
        let found = diagnostics(published)
        XCTAssertEqual(found.map { $0["code"] }, ["global-seed"])
        XCTAssertEqual(range(found[0]), [1, 9, 1, 18])
        XCTAssertEqual(found[0]["source"], "randlint")
        XCTAssertEqual(found[0]["severity"], 2)
        let message = try XCTUnwrap(found[0]["message"]?.stringValue)
        XCTAssertTrue(message.contains("\nhelp: "), message)
        XCTAssertEqual(session.shutdownAndExit(), 0)
    }

    func testUTF8ColumnsAreBytesWhenNegotiated() throws {
        let session = try LSPSession()
        _ = session.initialize(capabilities: ["general": ["positionEncodings": ["utf-8"]]])
        session.open(Self.mainURI, Self.emojiSwift)
        XCTAssertEqual(range(diagnostics(session.notification("textDocument/publishDiagnostics"))[0]), [1, 11, 1, 20])
        XCTAssertEqual(session.shutdownAndExit(), 0)
    }

    func testCFileWithNonASCIIAndCRLFLineEndings() throws {
        let session = try LSPSession()
        _ = session.initialize()
        let text = "#include <stdlib.h>\r\nint main(void) {\r\n    /* é😀 */ srand(42);\r\n    return 0;\r\n}\r\n"
        session.open("file:///tmp/randlint-lsp-test/dice.c", text, language: "c")
        let found = diagnostics(session.notification("textDocument/publishDiagnostics"))
        XCTAssertEqual(found.map { $0["code"] }, ["global-seed"])
        // "    /* é😀 */ " is 4 + 3 + 1 + 2 + 4 = 14 UTF-16 units.
        XCTAssertEqual(range(found[0]), [2, 14, 2, 23])
        XCTAssertEqual(session.shutdownAndExit(), 0)
    }

    // MARK: document lifecycle

    func testChangeSaveAndCloseRepublishFromTheBuffer() throws {
        let session = try LSPSession()
        _ = session.initialize()
        // The file does not exist on disk: everything comes from the buffer.
        session.open(Self.mainURI, "let x = 1\n")
        XCTAssertEqual(diagnostics(session.notification("textDocument/publishDiagnostics")), [])
        session.notify("textDocument/didChange", ["textDocument": ["uri": .string(Self.mainURI), "version": 2],
                                                  "contentChanges": [["text": .string(Self.emojiSwift)]]])
        let changed = session.notification("textDocument/publishDiagnostics")
        XCTAssertEqual(changed["version"], 2)
        XCTAssertEqual(diagnostics(changed).map { $0["code"] }, ["global-seed"])
        session.notify("textDocument/didSave", ["textDocument": ["uri": .string(Self.mainURI)]])
        XCTAssertEqual(diagnostics(session.notification("textDocument/publishDiagnostics")).count, 1)
        session.notify("textDocument/didClose", ["textDocument": ["uri": .string(Self.mainURI)]])
        let closed = session.notification("textDocument/publishDiagnostics")
        XCTAssertEqual(closed["uri"], .string(Self.mainURI))
        XCTAssertEqual(closed["diagnostics"], [])
        XCTAssertEqual(session.shutdownAndExit(), 0)
    }

    func testPullDiagnosticsReportFullThenUnchanged() throws {
        let session = try LSPSession()
        _ = session.initialize()
        session.open(Self.mainURI, Self.emojiSwift)
        session.request(2, "textDocument/diagnostic", ["textDocument": ["uri": .string(Self.mainURI)]])
        let full = session.response(2)["result"]
        XCTAssertEqual(full?["kind"], "full")
        XCTAssertEqual(full?["items"]?.arrayValue?.map { $0["code"] }, ["global-seed"])
        let resultID = try XCTUnwrap(full?["resultId"])
        session.request(3, "textDocument/diagnostic", ["textDocument": ["uri": .string(Self.mainURI)], "previousResultId": resultID])
        XCTAssertEqual(session.response(3)["result"], ["kind": "unchanged", "resultId": resultID])
        session.notify("textDocument/didChange", ["textDocument": ["uri": .string(Self.mainURI), "version": 2],
                                                  "contentChanges": [["text": "let x = 1\n"]]])
        session.request(4, "textDocument/diagnostic", ["textDocument": ["uri": .string(Self.mainURI)], "previousResultId": resultID])
        let after = session.response(4)["result"]
        XCTAssertEqual(after?["kind"], "full")
        XCTAssertEqual(after?["items"], [])
        XCTAssertEqual(session.shutdownAndExit(), 0)
    }

    func testRelatedInformationForKeyReuse() throws {
        let session = try LSPSession()
        _ = session.initialize(capabilities: ["textDocument": ["publishDiagnostics": ["relatedInformation": true]]])
        let uri = "file:///tmp/randlint-lsp-test/Jitter.swift"
        session.open(uri, """
            import RandomKeys
            func jitter(key: RandomKey) -> (Double, Double) {
                let a = key.uniform()
                let b = key.uniform()
                return (a, b)
            }

            """)
        let found = diagnostics(session.notification("textDocument/publishDiagnostics"))
        XCTAssertEqual(found.map { $0["code"] }, ["key-reuse"])
        XCTAssertEqual(found.first?["severity"], 1)
        XCTAssertEqual(range(found[0]), [3, 12, 3, 25])
        let related = try XCTUnwrap(found.first?["relatedInformation"]?.arrayValue)
        XCTAssertEqual(related.count, 1)
        XCTAssertEqual(related[0][path: "location", "uri"], .string(uri))
        XCTAssertEqual(related[0][path: "location", "range", "start", "line"], 2)
        XCTAssertEqual(session.shutdownAndExit(), 0)
    }

    // MARK: code actions

    func testSuppressCodeActionSilencesTheFinding() throws {
        let session = try LSPSession()
        _ = session.initialize(capabilities: ["workspace": ["workspaceEdit": ["documentChanges": true]]])
        let uri = "file:///tmp/randlint-lsp-test/dice.c"
        let text = "#include <stdlib.h>\nint main(void) {\n    srand(42); /* é */\n    return 0;\n}\n"
        session.open(uri, text, language: "c", version: 7)
        let found = diagnostics(session.notification("textDocument/publishDiagnostics"))
        XCTAssertEqual(found.map { $0["code"] }, ["global-seed"])
        session.request(2, "textDocument/codeAction", ["textDocument": ["uri": .string(uri)],
                                                       "range": ["start": ["line": 2, "character": 5], "end": ["line": 2, "character": 5]],
                                                       "context": ["diagnostics": .array(found)]])
        let actions = try XCTUnwrap(session.response(2)["result"]?.arrayValue)
        XCTAssertEqual(actions.map { $0["title"] }, ["Suppress global-seed on this line"])
        XCTAssertEqual(actions[0]["kind"], "quickfix")
        XCTAssertEqual(actions[0]["diagnostics"]?.arrayValue?.first?["code"], "global-seed")
        let change = try XCTUnwrap(actions[0][path: "edit", "documentChanges"]?.arrayValue?.first)
        XCTAssertEqual(change[path: "textDocument", "version"], 7)
        let edit = try XCTUnwrap(change["edits"]?.arrayValue?.first)
        XCTAssertEqual(edit["newText"], " // randlint:disable-line global-seed")
        // The end of line 2 in UTF-16: "    srand(42); /* é */" is 22 units.
        XCTAssertEqual(edit["range"], ["start": ["line": 2, "character": 22], "end": ["line": 2, "character": 22]])

        // A range elsewhere gets nothing; a request for another kind gets nothing.
        session.request(3, "textDocument/codeAction", ["textDocument": ["uri": .string(uri)],
                                                       "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 3]],
                                                       "context": ["diagnostics": []]])
        XCTAssertEqual(session.response(3)["result"], [])
        session.request(4, "textDocument/codeAction", ["textDocument": ["uri": .string(uri)],
                                                       "range": ["start": ["line": 2, "character": 5], "end": ["line": 2, "character": 5]],
                                                       "context": ["diagnostics": [], "only": ["source.organizeImports"]]])
        XCTAssertEqual(session.response(4)["result"], [])

        // Applying the edit silences the finding.
        let fixed = text.replacingOccurrences(of: "srand(42); /* é */", with: "srand(42); /* é */ // randlint:disable-line global-seed")
        session.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 8], "contentChanges": [["text": .string(fixed)]]])
        XCTAssertEqual(diagnostics(session.notification("textDocument/publishDiagnostics")), [])
        XCTAssertEqual(session.shutdownAndExit(), 0)
    }

    /// A finding with a mechanical fix gets it as the first quick fix (preferred when safe), in
    /// the negotiated encoding; applying its edit clears the diagnostic.
    func testMechanicalFixIsTheFirstQuickFix() throws {
        let session = try LSPSession()
        _ = session.initialize(capabilities: [:])
        let uri = "file:///tmp/randlint-lsp-test/width.c"
        let text = "#include <stdlib.h>\ndouble width(int bins) {\n    /* é */ double span = RAND_MAX + 1;\n    return span / bins;\n}\n"
        session.open(uri, text, language: "c", version: 1)
        let found = diagnostics(session.notification("textDocument/publishDiagnostics"))
        XCTAssertEqual(found.map { $0["code"] }, ["rand-int-division"])
        session.request(2, "textDocument/codeAction", ["textDocument": ["uri": .string(uri)], "range": found[0]["range"]!,
                                                       "context": ["diagnostics": .array(found)]])
        let actions = try XCTUnwrap(session.response(2)["result"]?.arrayValue)
        XCTAssertEqual(actions.map { $0["title"] }, ["Fix: add in floating point: RAND_MAX + 1.0", "Suppress rand-int-division on this line"])
        XCTAssertEqual(actions[0]["isPreferred"], true)
        XCTAssertEqual(actions[0]["kind"], "quickfix")
        let edits = try XCTUnwrap(actions[0][path: "edit", "changes", uri]?.arrayValue)
        // "    /* é */ double span = RAND_MAX + 1" is 38 UTF-16 units (é is one).
        XCTAssertEqual(edits, [["newText": ".0", "range": ["start": ["line": 2, "character": 38], "end": ["line": 2, "character": 38]]]])
        let fixed = text.replacingOccurrences(of: "RAND_MAX + 1;", with: "RAND_MAX + 1.0;")
        session.notify("textDocument/didChange", ["textDocument": ["uri": .string(uri), "version": 2], "contentChanges": [["text": .string(fixed)]]])
        XCTAssertEqual(diagnostics(session.notification("textDocument/publishDiagnostics")), [])
        XCTAssertEqual(session.shutdownAndExit(), 0)
    }

    func testSuppressExtendsAnExistingDirectiveWithChanges() throws {
        let session = try LSPSession()
        _ = session.initialize(capabilities: ["general": ["positionEncodings": ["utf-8"]]])
        let text = "import Glibc\nsrand(42) // randlint:disable-line mid-program-reseed -- legacy\n"
        session.open(Self.mainURI, text)
        let found = diagnostics(session.notification("textDocument/publishDiagnostics"))
        XCTAssertEqual(found.map { $0["code"] }, ["global-seed"])
        session.request(2, "textDocument/codeAction", ["textDocument": ["uri": .string(Self.mainURI)], "range": found[0]["range"]!,
                                                       "context": ["diagnostics": .array(found)]])
        let actions = try XCTUnwrap(session.response(2)["result"]?.arrayValue)
        let edits = try XCTUnwrap(actions.first?[path: "edit", "changes", Self.mainURI]?.arrayValue)
        XCTAssertEqual(edits, [["newText": ", global-seed",
                                "range": ["start": ["line": 1, "character": 53], "end": ["line": 1, "character": 53]]]])
        XCTAssertEqual(session.shutdownAndExit(), 0)
    }

    // MARK: malformed input

    func testMalformedMessagesGetJSONRPCErrorsAndTheServerSurvives() throws {
        let session = try LSPSession()
        // Before initialize: requests are refused, notifications dropped.
        session.request(1, "textDocument/diagnostic", ["textDocument": ["uri": "file:///x.swift"]])
        XCTAssertEqual(session.response(1)[path: "error", "code"], -32002)
        _ = session.initialize()

        session.writeRaw(LSPSession.framed("{not json"))
        var reply = session.response(.null)
        XCTAssertEqual(reply[path: "error", "code"], -32700)

        session.writeRaw(LSPSession.framed("[1, 2]"))
        XCTAssertEqual(session.response(.null)[path: "error", "code"], -32600)

        session.writeRaw(LSPSession.framed(#"{"jsonrpc":"2.0","id":5}"#))
        XCTAssertEqual(session.response(5)[path: "error", "code"], -32600)

        session.writeRaw(LSPSession.framed(#"{"jsonrpc":"2.0","id":{"a":1},"method":"shutdown"}"#))
        XCTAssertEqual(session.response(.null)[path: "error", "code"], -32600)

        session.writeRaw(LSPSession.framed(#"{"jsonrpc":"2.0","id":6,"method":42}"#))
        XCTAssertEqual(session.response(6)[path: "error", "code"], -32600)

        session.writeRaw(LSPSession.framed(#"{"id":7,"method":"shutdown"}"#))
        XCTAssertEqual(session.response(7)[path: "error", "code"], -32600)

        session.request(8, "workspace/symbol", ["query": "x"])
        XCTAssertEqual(session.response(8)[path: "error", "code"], -32601)
        session.request(9, "$/somethingCustom")
        XCTAssertEqual(session.response(9)[path: "error", "code"], -32601)

        session.request(10, "textDocument/codeAction", ["textDocument": ["uri": 3]])
        XCTAssertEqual(session.response(10)[path: "error", "code"], -32602)
        session.request(11, "textDocument/diagnostic", [])
        XCTAssertEqual(session.response(11)[path: "error", "code"], -32602)
        session.writeRaw(LSPSession.framed(#"{"jsonrpc":"2.0","id":12,"method":"textDocument/diagnostic","params":"x"}"#))
        XCTAssertEqual(session.response(12)[path: "error", "code"], -32602)
        session.request(13, "initialize", ["capabilities": [:]])
        XCTAssertEqual(session.response(13)[path: "error", "code"], -32600)

        // Broken notifications and framing: logged, never answered, never fatal.
        session.notify("textDocument/didOpen", ["textDocument": ["uri": "file:///x.swift"]])
        session.notify("textDocument/didChange", ["textDocument": ["uri": "file:///never-opened.swift"], "contentChanges": [["text": "x"]]])
        session.notify("textDocument/didClose", 17)
        session.notify("$/cancelRequest", ["id": 1])
        session.notify("some/unknownNotification")
        session.writeRaw("Content-Type: application/json\r\n\r\n{}")         // no Content-Length
        session.writeRaw("Content-Length: banana\r\n\r\n")
        session.writeRaw(Array("Content-Length: 2\r\n\r\n".utf8) + [0xFF, 0xFE])      // not UTF-8, not JSON
        reply = session.response(.null)
        XCTAssertEqual(reply[path: "error", "code"], -32700)
        session.writeRaw(LSPSession.framed(#"{"jsonrpc":"2.0","id":14,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"\ud800"}}}"#))
        XCTAssertEqual(session.response(.null)[path: "error", "code"], -32700)

        // Still serving, and nothing else was written for the broken notifications.
        session.open(Self.mainURI, Self.emojiSwift)
        let published = session.notification("textDocument/publishDiagnostics")
        XCTAssertEqual(published["uri"], .string(Self.mainURI))
        XCTAssertEqual(session.skipped, [], "unexpected messages: \(session.skipped.map(\.serialized))")
        XCTAssertEqual(session.shutdownAndExit(), 0)
        XCTAssertTrue(session.stderrText.contains("Content-Length"), session.stderrText)
    }

    func testFramingAcrossWritesAndSeveralMessagesPerWrite() throws {
        let session = try LSPSession()
        let initialize = LSPSession.framed(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#)
        for byte in initialize {
            session.writeRaw([byte])
        }
        XCTAssertEqual(session.response(1)[path: "result", "serverInfo", "name"], "randlint")
        // Header case and extra headers are tolerated; three requests in one write are answered in order.
        let body = #"{"jsonrpc":"2.0","id":"a","method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///nope.swift"}}}"#
        var batch = Array("content-length: \(body.utf8.count)\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n\(body)".utf8)
        batch += LSPSession.framed(#"{"jsonrpc":"2.0","id":2,"method":"unknown/method"}"#)
        batch += LSPSession.framed(#"{"jsonrpc":"2.0","id":3,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///nope.swift"},"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"context":{"diagnostics":[]}}}"#)
        session.writeRaw(batch)
        XCTAssertEqual(session.next()?["id"], "a")
        XCTAssertEqual(session.next()?["id"], 2)
        XCTAssertEqual(session.next()?["id"], 3)
        XCTAssertEqual(session.shutdownAndExit(), 0)
    }

    // MARK: lifecycle

    func testRequestsAfterShutdownAreInvalidAndExitWithoutShutdownIsOne() throws {
        let session = try LSPSession()
        _ = session.initialize()
        session.request(2, "shutdown")
        XCTAssertEqual(session.response(2)["result"], .null)
        session.request(3, "textDocument/diagnostic", ["textDocument": ["uri": "file:///x.swift"]])
        XCTAssertEqual(session.response(3)[path: "error", "code"], -32600)
        session.notify("exit")
        XCTAssertEqual(session.waitForExit(), 0)

        let abrupt = try LSPSession()
        _ = abrupt.initialize()
        abrupt.notify("exit")
        XCTAssertEqual(abrupt.waitForExit(), 1)

        let closed = try LSPSession()
        _ = closed.initialize()
        closed.closeInput()
        XCTAssertEqual(closed.waitForExit(), 1)
    }

    // MARK: configuration and determinism

    func testAClientThatPullsIsNeverPushedToAndIsAskedToPullAfterAConfigurationChange() throws {
        let workspace = try TestPaths.temporaryDirectory("pull")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let config = workspace.appendingPathComponent(".randlint.yml")
        try "rules:\n  global-seed: warning\n".write(to: config, atomically: true, encoding: .utf8)
        let session = try LSPSession()
        _ = session.initialize(capabilities: ["textDocument": ["diagnostic": ["dynamicRegistration": false]],
                                              "workspace": ["diagnostics": ["refreshSupport": true]]],
                               rootURI: workspace.absoluteString)
        let uri = workspace.appendingPathComponent("main.swift").absoluteString
        session.open(uri, Self.emojiSwift)
        session.request(2, "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
        XCTAssertEqual(session.response(2)[path: "result", "items"]?.arrayValue?.map { $0["severity"] }, [2])

        try "rules:\n  global-seed: error\n".write(to: config, atomically: true, encoding: .utf8)
        session.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(config.absoluteString), "type": 2]]])
        let refresh = try XCTUnwrap(session.next())
        XCTAssertEqual(refresh["method"], "workspace/diagnostic/refresh", refresh.serialized)
        session.send(["jsonrpc": "2.0", "id": refresh["id"] ?? .null, "result": .null])
        session.request(3, "textDocument/diagnostic", ["textDocument": ["uri": .string(uri)]])
        XCTAssertEqual(session.response(3)[path: "result", "items"]?.arrayValue?.map { $0["severity"] }, [1])
        XCTAssertEqual(session.skipped.filter { $0["method"] == "textDocument/publishDiagnostics" }, [],
                       "a pulling client shows pushed diagnostics as well: every finding would appear twice")
        XCTAssertEqual(session.shutdownAndExit(), 0)
    }

    func testConfigurationChangeRebuildsTheLinterAndRepublishes() throws {
        let workspace = try TestPaths.temporaryDirectory("config")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let config = workspace.appendingPathComponent(".randlint.yml")
        try "rules:\n  global-seed: warning\n".write(to: config, atomically: true, encoding: .utf8)
        let session = try LSPSession()
        _ = session.initialize(capabilities: ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]],
                               rootURI: workspace.absoluteString)
        // The server asks to watch the configuration file.
        let registration = try XCTUnwrap(session.next())
        XCTAssertEqual(registration["method"], "client/registerCapability")
        XCTAssertEqual(registration[path: "params", "registrations"]?.arrayValue?.first?["method"], "workspace/didChangeWatchedFiles")
        session.send(["jsonrpc": "2.0", "id": registration["id"]!, "result": .null])

        let a = workspace.appendingPathComponent("a/main.swift").absoluteString
        let b = workspace.appendingPathComponent("b/main.swift").absoluteString
        session.open(b, Self.emojiSwift)
        XCTAssertEqual(diagnostics(session.notification("textDocument/publishDiagnostics")).map { $0["severity"] }, [2])
        session.open(a, "let x = 1\n")
        _ = session.notification("textDocument/publishDiagnostics")

        // The watcher reports a change: the new levels apply to every open document, re-published in URI order.
        try "rules:\n  global-seed: error\n".write(to: config, atomically: true, encoding: .utf8)
        session.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(config.absoluteString), "type": 2]]])
        XCTAssertEqual(session.notification("textDocument/publishDiagnostics")["uri"], .string(a))
        XCTAssertEqual(diagnostics(session.notification("textDocument/publishDiagnostics")).map { $0["severity"] }, [1])

        // Saving it in the editor does the same; a change to another file does nothing.
        try "rules:\n  global-seed: off\n".write(to: config, atomically: true, encoding: .utf8)
        session.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(workspace.appendingPathComponent("x.yml").absoluteString), "type": 2]]])
        session.notify("textDocument/didSave", ["textDocument": ["uri": .string(config.absoluteString)]])
        XCTAssertEqual(session.notification("textDocument/publishDiagnostics")["uri"], .string(a))
        let off = session.notification("textDocument/publishDiagnostics")
        XCTAssertEqual(off["uri"], .string(b))
        XCTAssertEqual(diagnostics(off), [])

        // A broken file is reported (with its line) and the previous settings stay in force.
        try "rules:\n  global-seed: sometimes\n".write(to: config, atomically: true, encoding: .utf8)
        session.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": .string(config.absoluteString), "type": 2]]])
        let shown = session.notification("window/showMessage")
        XCTAssertEqual(shown["type"], 1)
        XCTAssertTrue(shown["message"]?.stringValue?.contains(".randlint.yml:2") ?? false, shown.serialized)
        _ = session.notification("textDocument/publishDiagnostics")
        XCTAssertEqual(diagnostics(session.notification("textDocument/publishDiagnostics")), [])
        XCTAssertEqual(session.shutdownAndExit(), 0)
    }

    func testBrokenConfigurationAtStartIsShownAfterInitialized() throws {
        let workspace = try TestPaths.temporaryDirectory("badconfig")
        defer { try? FileManager.default.removeItem(at: workspace) }
        try "rulez:\n  global-seed: off\n".write(to: workspace.appendingPathComponent(".randlint.yml"), atomically: true, encoding: .utf8)
        let session = try LSPSession()
        _ = session.initialize(rootURI: workspace.absoluteString)
        let shown = session.notification("window/showMessage")
        XCTAssertEqual(shown["type"], 1)
        XCTAssertTrue(shown["message"]?.stringValue?.contains(".randlint.yml:1") ?? false, shown.serialized)
        // The defaults are used meanwhile.
        session.open(workspace.appendingPathComponent("main.swift").absoluteString, Self.emojiSwift)
        XCTAssertEqual(diagnostics(session.notification("textDocument/publishDiagnostics")).map { $0["code"] }, ["global-seed"])
        XCTAssertEqual(session.shutdownAndExit(), 0)
    }

    func testSameInputGivesByteIdenticalOutput() throws {
        func run() throws -> [UInt8] {
            let session = try LSPSession()
            _ = session.initialize(capabilities: ["textDocument": ["publishDiagnostics": ["relatedInformation": true, "codeDescriptionSupport": true]]])
            session.open(Self.mainURI, Self.emojiSwift)
            session.open("file:///tmp/randlint-lsp-test/dice.c", "#include <stdlib.h>\nint main(void) { srand(1); srand(2); return rand(); }\n", language: "c")
            session.request(2, "textDocument/codeAction", ["textDocument": ["uri": .string(Self.mainURI)],
                                                           "range": ["start": ["line": 1, "character": 0], "end": ["line": 1, "character": 30]],
                                                           "context": ["diagnostics": []]])
            session.response(2)
            XCTAssertEqual(session.shutdownAndExit(), 0)
            return session.transcript
        }
        let first = try run()
        XCTAssertEqual(first, try run())
        XCTAssertTrue(String(decoding: first, as: UTF8.self).contains("codeDescription"))
    }
}
