import Foundation
import RandLintCore
@testable import RandLintReporters
import XCTest

/// Hand-built reports: rules with empty checks, findings placed on known bytes.
enum Samples {
    static func pos(_ line: Int, _ column: Int) -> SourcePosition { SourcePosition(line: line, column: column, offset: 0) }
    static func range(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int) -> SourceRange { SourceRange(start: pos(l1, c1), end: pos(l2, c2)) }

    static let keyReuse = Rule(
        id: "key-reuse", level: .error,
        summary: "a key is consumed twice, so both draws return the same numbers",
        rationale: "Drawing from a key is a pure function of the key: two draws from one key return the same numbers.",
        help: [.swift: "split first: let (k1, k2) = key.split()", .c: "split first: rk_split(key, sub, 2)"],
        triggering: [Example("func f(key: RandomKey) {\n    _ = key.uniform()\n    _ = key.uniform() // expect: key-reuse\n}\n")],
        nonTriggering: [Example("func f(key: RandomKey) {\n    let (a, b) = key.split()\n    _ = a.uniform() + b.uniform()\n}\n")],
        check: { _, _ in })

    static let globalSeed = Rule(
        id: "global-seed", level: .warning,
        summary: "a process-wide generator is seeded, so any caller can reseed or draw from it",
        rationale: "srand seeds state shared by the whole process; results then depend on call order.",
        help: [.swift: "pass a key instead: let key = RandomKey(seed: 42)", .c: "rk_key k = rk_key_from_seed(42);"],
        triggering: [Example("srand(42) // expect: global-seed\n", file: "main.swift")],
        nonTriggering: [Example("let key = RandomKey(seed: 42)\n", file: "main.swift")],
        check: { _, _ in })

    static let mainSource = "import Glibc\n\nsrand(42)\nprint(rand())\n"
    static let simSource = "func simulate(key: RandomKey) -> Double {\n\tlet a = key.uniform()\n\tlet b = key.uniform()\n\treturn a + b\n}\n"

    static let seedFinding = Finding(
        ruleID: "global-seed", level: .warning, path: "Sources/main.swift", range: range(3, 1, 3, 10),
        message: "srand(42) seeds the process-wide generator, so any other caller of rand() changes this stream",
        help: "pass a key instead: let key = RandomKey(seed: 42)")

    static let reuseFinding = Finding(
        ruleID: "key-reuse", level: .error, path: "Sources/Sim.swift", range: range(3, 10, 3, 23),
        message: "'key' was already consumed, so this draw repeats the same numbers (first use at line 2)",
        help: "split first: let (k1, k2) = key.split()",
        related: [Finding.Related(range: range(2, 10, 2, 23), message: "first use of the key")])

    static func report(findings: [Finding]? = nil, problems: [LintReport.Problem] = [], notes: [String] = [],
                       sources: [String: String]? = nil, elapsed: Double = 0.123) -> LintReport {
        LintReport(findings: (findings ?? [seedFinding, reuseFinding]).sorted(), rules: [keyReuse, globalSeed],
                   problems: problems, notes: notes, filesAnalyzed: 14, filesParsed: 5, root: "/home/user/my project",
                   sources: sources ?? ["Sources/main.swift": mainSource, "Sources/Sim.swift": simSource],
                   elapsedSeconds: elapsed)
    }

    static let options = ReporterOptions(color: false, toolVersion: "0.1.0")
}

/// The repository root, from this file's location (symlinks resolved).
enum Repo {
    static let root: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The fenced ```json blocks of a Markdown file under the repository root, in order.
    static func jsonBlocks(in relativePath: String) throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```json" { current = [] }
            else if current != nil, line == "```" { blocks.append(current!.joined(separator: "\n") + "\n"); current = nil }
            else if current != nil { current!.append(line) }
        }
        return blocks
    }

    /// Runs `python3 Tests/sarif/validate.py file`; returns the exit status and the combined output.
    static func validateSARIF(_ text: String, name: String = "randlint-test", environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("randlint-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("\(name).sarif")
        try Data(text.utf8).write(to: file)

        return try python([root.appendingPathComponent("Tests/sarif/validate.py").path, file.path], environment: environment)
    }

    /// Runs `python3 ARGS…` in the repository root; returns the exit status and the combined output.
    static func python(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
