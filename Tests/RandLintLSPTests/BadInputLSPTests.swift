import Foundation
import RandLintLSP
import XCTest

/// The bad-input catalogue, language server: one session goes through every case and must stay
/// up, answering the next request, after each.
final class BadInputLSPTests: XCTestCase {
    static let uri = "file:///tmp/randlint-bad-input/Sim.swift"
    static let seed = "import Glibc\nfunc f() {\n    srand48(7)\n}\n"

    /// A request the server must answer while it is up.
    func assertAlive(_ session: LSPSession, id: Int, file: StaticString = #filePath, line: UInt = #line) {
        session.request(id, "textDocument/diagnostic", ["textDocument": ["uri": .string(Self.uri)]])
        XCTAssertNotNil(session.response(.int(id), file: file, line: line)["result"], "the server stopped answering", file: file, line: line)
    }

    func testTheServerSurvivesEveryBadInput() throws {
        let session = try LSPSession()
        _ = session.initialize()
        session.open(Self.uri, Self.seed)
        XCTAssertEqual(session.notification("textDocument/publishDiagnostics")["diagnostics"]?.arrayValue?.count, 2)

        // Bad Content-Length headers: dropped with a log line, never answered.
        session.writeRaw("Content-Length: banana\r\n\r\n{}")
        session.writeRaw("Content-Length: -12\r\n\r\n{}")
        session.writeRaw("Content-Length: 99999999999999999999\r\n\r\n{}")
        session.writeRaw("Content-Length: 900000000\r\n\r\n{}")
        assertAlive(session, id: 2)

        // Invalid JSON: a parse error with id null.
        session.writeRaw(LSPSession.framed(#"{"jsonrpc":"2.0","id":3,"method":"#))
        XCTAssertEqual(session.response(.null)[path: "error", "code"], -32700)
        assertAlive(session, id: 4)

        // An unknown method: method not found.
        session.request(5, "textDocument/noSuchThing", ["textDocument": ["uri": .string(Self.uri)]])
        XCTAssertEqual(session.response(5)[path: "error", "code"], -32601)

        // A 50 MB message: read whole, answered, and the session goes on.
        let blob = String(repeating: "x", count: 50 << 20)
        session.request(6, "$/noSuchThing", ["blob": .string(blob)])
        var reply: JSON?
        while let message = session.next(timeout: 300) {
            if message["id"] == 6 { reply = message; break }
        }
        XCTAssertEqual(reply?[path: "error", "code"], -32601)
        assertAlive(session, id: 7)

        // didChange for a document never opened: ignored (logged), nothing published for it.
        session.notify("textDocument/didChange", ["textDocument": ["uri": "file:///tmp/never-opened.swift", "version": 2],
                                                   "contentChanges": [["text": .string(Self.seed)]]])
        assertAlive(session, id: 8)
        XCTAssertFalse(session.skipped.contains { $0["method"] == "textDocument/publishDiagnostics" && $0[path: "params", "uri"] == "file:///tmp/never-opened.swift" },
                       "\(session.skipped.map(\.serialized))")

        // A document nested 5,000 levels deep is analyzed, not a stack overflow.
        let deep = "import Glibc\nfunc g(x: Int) {\n    let y = x" + String(repeating: " + x", count: 5_000) + "\n    srand48(y)\n}\n"
        session.notify("textDocument/didChange", ["textDocument": ["uri": .string(Self.uri), "version": 2], "contentChanges": [["text": .string(deep)]]])
        let published = session.notification("textDocument/publishDiagnostics")
        XCTAssertEqual(published["diagnostics"]?.arrayValue?.compactMap { $0["code"]?.stringValue }.sorted(), ["global-seed", "mid-program-reseed"])

        // Nested past what randlint analyzes safely: no diagnostics, and the user is told once.
        let tooDeep = "import Glibc\nfunc g(x: Int) {\n    let y = x" + String(repeating: " + x", count: 40_000) + "\n    srand48(y)\n}\n"
        for version in [3, 4] {
            session.notify("textDocument/didChange", ["textDocument": ["uri": .string(Self.uri), "version": .int(version)], "contentChanges": [["text": .string(tooDeep)]]])
            XCTAssertEqual(session.notification("textDocument/publishDiagnostics")["diagnostics"], .array([]))
        }
        let shown = session.skipped.filter { $0["method"] == "window/showMessage" }
        XCTAssertEqual(shown.map { $0[path: "params", "message"] },
                       [.string("randlint: /tmp/randlint-bad-input/Sim.swift was not analyzed: code nested about 40005 levels deep (more than 30000); the file was not analyzed")])

        // After shutdown: requests are invalid, the exit notification ends the server with 0.
        session.request(9, "shutdown")
        XCTAssertEqual(session.response(9)["result"], .null)
        session.request(10, "textDocument/diagnostic", ["textDocument": ["uri": .string(Self.uri)]])
        XCTAssertEqual(session.response(10)[path: "error", "code"], -32600)
        session.request(11, "textDocument/noSuchThing")
        XCTAssertEqual(session.response(11)[path: "error", "code"], -32600)
        session.notify("exit")
        XCTAssertEqual(session.waitForExit(), 0)
        XCTAssertTrue(session.stderrText.contains("Content-Length"), session.stderrText)
    }

    /// Without libclang a C document gets no diagnostics, and the user is told why, once.
    func testCDocumentWithoutLibclangIsReported() throws {
        let session = try LSPSession(environment: ["RANDLINT_LIBCLANG": "/nonexistent/libclang.so"])
        _ = session.initialize()
        let uri = "file:///tmp/randlint-bad-input/sim.c"
        session.open(uri, "#include <stdlib.h>\nint main(void) { srand(1); return 0; }\n", language: "c")
        XCTAssertEqual(session.notification("textDocument/publishDiagnostics")["diagnostics"], .array([]))
        let shown = session.skipped.filter { $0["method"] == "window/showMessage" }
        XCTAssertEqual(shown.count, 1, "\(session.skipped.map(\.serialized))")
        XCTAssertEqual(shown.first?[path: "params", "type"], 2)
        XCTAssertTrue(shown.first?[path: "params", "message"]?.stringValue?
            .hasPrefix("randlint: /tmp/randlint-bad-input/sim.c was not analyzed: C analysis needs libclang: install libclang-dev") == true,
                      "\(shown.map(\.serialized))")
        XCTAssertEqual(session.shutdownAndExit(), 0)
    }

    /// A C document that includes a FIFO is not handed to libclang (it would wait forever).
    func testCDocumentIncludingAFIFOIsReported() throws {
        let dir = try TestPaths.temporaryDirectory("fifo")
        defer { try? FileManager.default.removeItem(at: dir) }
        XCTAssertEqual(mkfifo(dir.appendingPathComponent("pipe.h").path, 0o644), 0)
        let session = try LSPSession(directory: dir)
        _ = session.initialize()
        let uri = dir.appendingPathComponent("a.c").absoluteString
        session.open(uri, "#include <stdlib.h>\n#include \"pipe.h\"\nint main(void) { srand(1); return 0; }\n", language: "c")
        XCTAssertEqual(session.notification("textDocument/publishDiagnostics")["diagnostics"], .array([]))
        let shown = session.skipped.filter { $0["method"] == "window/showMessage" }.compactMap { $0[path: "params", "message"]?.stringValue }
        XCTAssertEqual(shown.count, 1, "\(session.skipped.map(\.serialized))")
        XCTAssertTrue(shown.first?.hasSuffix("was not analyzed: includes pipe.h, which is not a regular file (a FIFO); the file was not analyzed") == true, "\(shown)")
        XCTAssertEqual(session.shutdownAndExit(), 0)
    }
}
