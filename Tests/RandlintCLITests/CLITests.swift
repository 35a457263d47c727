import Foundation
import XCTest

/// The real `randlint` binary, run as a user runs it: exit codes, formats, errors on one line.
final class CLITests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        // The test bundle sits in the products folder next to the executable.
        let bundle = Bundle(for: CLITests.self).bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("randlint") }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], in directory: URL = CLITests.root) throws -> Run {
        try Self.runProgram(Self.binary.path, arguments, in: directory)
    }

    /// Runs the binary in `directory`, failing the test when it crashed (a backtrace or a fatal
    /// error on stderr): bad input must give a message and an exit status, never a crash.
    static func runWithoutCrash(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
                                file: StaticString = #filePath, line: UInt = #line) throws -> Run {
        let result = try runProgram(binary.path, arguments, in: directory, environment: environment)
        XCTAssertFalse(result.stderr.contains("Fatal error") || result.stderr.contains("Backtrace") || result.status > 128,
                       "randlint crashed:\n\(result.stderr)", file: file, line: line)
        return result
    }

    /// Runs any program (the binary, or a wrapper such as `script` for a pseudo-terminal).
    /// `environment` adds to (or overrides) the test's own environment.
    static func runProgram(_ program: String, _ arguments: [String], in directory: URL, environment extra: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    func testExampleHasFindingsAndExitsOne() throws {
        let result = try run(["Examples/monte-carlo", "--format", "gcc"])
        XCTAssertEqual(result.status, 1, result.stderr)
        for rule in ["global-seed", "mid-program-reseed", "key-reuse", "key-created-inside"] {
            XCTAssertTrue(result.stdout.contains("[\(rule)]"), "the bundled example should show \(rule):\n\(result.stdout)")
        }
        XCTAssertTrue(result.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("Examples/monte-carlo/") }, result.stdout)
    }

    func testCleanCodeExitsZeroAndFailOnErrorIgnoresWarnings() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("randlint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "import RandomKeys\nfunc f(key: RandomKey) -> Double { key.uniform() }\n".write(to: dir.appendingPathComponent("clean.swift"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["lint", "."], in: dir).status, 0)
        try "import Glibc\nsrand(1)\n".write(to: dir.appendingPathComponent("main.swift"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["."], in: dir).status, 1)
        XCTAssertEqual(try run([".", "--fail-on", "error"], in: dir).status, 0)
    }

    func testUsageAndConfigurationErrorsExitTwoOnOneLine() throws {
        for arguments in [["--format", "xml", "."], ["--select", "no-such-rule", "."], ["explain", "key-reus"], ["--jobs", "-3"]] {
            let result = try run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.stdout)\(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix("randlint: error: "), "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("Stack") || result.stderr.contains("Fatal"), result.stderr)
        }
        XCTAssertTrue(try run(["explain", "key-reus"]).stderr.contains("did you mean 'key-reuse'?"))
    }

    func testUnreadableFileExitsTwo() throws {
        let result = try run(["Fixtures/does-not-exist.swift"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("does-not-exist.swift"), result.stdout)
    }

    func testRulesAndExplain() throws {
        let rules = try run(["rules"])
        XCTAssertEqual(rules.status, 0)
        XCTAssertTrue(rules.stdout.contains("key-reuse"))
        XCTAssertTrue(rules.stdout.contains("error"))
        let explain = try run(["explain", "key-reuse"])
        XCTAssertEqual(explain.status, 0)
        XCTAssertTrue(explain.stdout.contains("split"), explain.stdout)
        XCTAssertFalse(explain.stdout.contains("expect:"), "test marks must not leak into the docs")
    }

    func testOutputFileIsWritten() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("randlint-\(UUID().uuidString).sarif")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try run(["Examples/monte-carlo", "--format", "sarif", "--output", out.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        let data = try Data(contentsOf: out)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(json["version"] as? String, "2.1.0")
    }
}
