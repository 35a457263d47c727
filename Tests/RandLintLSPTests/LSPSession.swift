import Foundation
import XCTest
import RandLintLSP

/// Paths the LSP tests share: the checkout and the built `randlint` binary.
enum TestPaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `randlint` executable: the test bundle sits in the products folder next to it.
    static var binary: URL {
        let bundle = Bundle(for: LSPSession.self).bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("randlint") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }

    static func temporaryDirectory(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("randlint-lsp-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}

/// A raw LSP client: spawns `randlint lsp`, writes bytes, reads framed messages with a timeout.
/// It frames and parses on its own (a plain Content-Length scan), so the server's framing is
/// checked by independent code.
final class LSPSession: @unchecked Sendable {
    let process = Process()
    private let stdin = Pipe()
    private let stdout = Pipe()
    private let stderr = Pipe()
    private let lock = NSCondition()
    private var buffer: [UInt8] = []
    private var ended = false
    private var stderrData = Data()
    /// Every byte the server wrote, for determinism checks.
    private(set) var transcript: [UInt8] = []

    /// `environment` adds to the test's own environment.
    init(arguments: [String] = ["lsp"], directory: URL? = nil, environment: [String: String] = [:]) throws {
        process.executableURL = TestPaths.binary
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        stdout.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self else { return }
            self.lock.lock()
            if data.isEmpty { self.ended = true } else { self.buffer += data; self.transcript += data }
            self.lock.broadcast()
            self.lock.unlock()
        }
        stderr.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self else { return }
            self.lock.lock()
            self.stderrData += data
            self.lock.unlock()
        }
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        stdout.fileHandleForReading.readabilityHandler = nil
        stderr.fileHandleForReading.readabilityHandler = nil
    }

    var stderrText: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: stderrData, as: UTF8.self)
    }

    func writeRaw(_ bytes: [UInt8]) {
        stdin.fileHandleForWriting.write(Data(bytes))
    }

    func writeRaw(_ text: String) { writeRaw(Array(text.utf8)) }

    /// Frames a JSON text the way clients do.
    static func framed(_ json: String) -> [UInt8] {
        let body = Array(json.utf8)
        return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    func send(_ message: JSON) { writeRaw(Self.framed(message.serialized)) }

    func request(_ id: Int, _ method: String, _ params: JSON = .object([:])) {
        send(["jsonrpc": "2.0", "id": .int(id), "method": .string(method), "params": params])
    }

    func notify(_ method: String, _ params: JSON = .object([:])) {
        send(["jsonrpc": "2.0", "method": .string(method), "params": params])
    }

    func closeInput() { try? stdin.fileHandleForWriting.close() }

    /// The next message from the server, or nil after `timeout` seconds / at end of output.
    func next(timeout: TimeInterval = 20) -> JSON? {
        let deadline = Date().addingTimeInterval(timeout)
        lock.lock()
        defer { lock.unlock() }
        while true {
            if let (body, consumed) = Self.extract(buffer) {
                buffer.removeFirst(consumed)
                return try? JSON.parse(body)
            }
            if ended { return nil }
            if !lock.wait(until: deadline) { return nil }
        }
    }

    private static func extract(_ buffer: [UInt8]) -> ([UInt8], Int)? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard buffer.count >= 4, let end = (0...(buffer.count - 4)).first(where: { Array(buffer[$0..<$0 + 4]) == separator }) else { return nil }
        let header = String(decoding: buffer[0..<end], as: UTF8.self)
        guard header.hasPrefix("Content-Length: "), let length = Int(header.dropFirst("Content-Length: ".count)) else {
            XCTFail("the server wrote a bad header: \(header.debugDescription)")
            return nil
        }
        guard buffer.count >= end + 4 + length else { return nil }
        return (Array(buffer[(end + 4)..<(end + 4 + length)]), end + 4 + length)
    }

    /// Reads until the response with this id, failing on a timeout. Notifications read on the
    /// way are kept in `skipped`.
    @discardableResult
    func response(_ id: JSON, file: StaticString = #filePath, line: UInt = #line) -> JSON {
        while let message = next() {
            if message["method"] == nil, message["id"] == id { return message }
            skipped.append(message)
        }
        XCTFail("no response with id \(id.serialized); stderr: \(stderrText)", file: file, line: line)
        return .null
    }

    var skipped: [JSON] = []

    /// The next notification with this method (others are kept in `skipped`).
    func notification(_ method: String, file: StaticString = #filePath, line: UInt = #line) -> JSON {
        while let message = next() {
            if message["method"]?.stringValue == method { return message["params"] ?? .null }
            skipped.append(message)
        }
        XCTFail("no \(method) notification; stderr: \(stderrText)", file: file, line: line)
        return .null
    }

    func initialize(capabilities: JSON = .object([:]), rootURI: String? = nil) -> JSON {
        var params: [String: JSON] = ["processId": .null, "capabilities": capabilities]
        params["rootUri"] = rootURI.map(JSON.string) ?? .null
        request(1, "initialize", .object(params))
        let result = response(1)["result"] ?? .null
        notify("initialized")
        return result
    }

    func open(_ uri: String, _ text: String, language: String = "swift", version: Int = 1) {
        notify("textDocument/didOpen", ["textDocument": ["uri": .string(uri), "languageId": .string(language),
                                                         "version": .int(version), "text": .string(text)]])
    }

    /// Sends shutdown + exit and returns the exit status.
    func shutdownAndExit(file: StaticString = #filePath, line: UInt = #line) -> Int32 {
        request(9999, "shutdown")
        let reply = response(9999, file: file, line: line)
        XCTAssertEqual(reply["result"], .null, file: file, line: line)
        XCTAssertNil(reply["error"], file: file, line: line)
        notify("exit")
        return waitForExit()
    }

    func waitForExit(timeout: TimeInterval = 20) -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning { process.terminate(); return -1 }
        return process.terminationStatus
    }
}
