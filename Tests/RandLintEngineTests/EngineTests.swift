import Foundation
import RandLintCore
@testable import RandLintEngine
import RandLintReporters
import RandLintTestSupport
import XCTest

final class EngineTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    var folder: ScratchFolder!
    var scratch: URL { folder.url }

    override func setUpWithError() throws { folder = try ScratchFolder("engine") }
    override func tearDown() { folder.remove() }

    func write(_ path: String, _ text: String) throws { try folder.write(path, text) }

    func lint(_ paths: [String] = ["."], jobs: Int = 0) throws -> LintReport {
        var options = LintOptions()
        options.paths = paths.map { $0 == "." ? scratch.path : scratch.appendingPathComponent($0).path }
        options.root = scratch.path
        options.jobs = jobs
        return try Linter(options: options).lint()
    }

    func testOutputIsByteIdenticalWhateverTheThreadCount() throws {
        let fixtures = Self.root.appendingPathComponent("Fixtures").path
        var options = LintOptions()
        options.paths = [fixtures, Self.root.appendingPathComponent("Examples").path]
        options.root = Self.root.path
        var outputs: [String] = []
        for jobs in [1, 8, 3] {
            options.jobs = jobs
            let report = try Linter(options: options).lint()
            XCTAssertGreaterThan(report.findings.count, 10)
            outputs.append(Reporters.render(report, as: .json, options: ReporterOptions()) + Reporters.render(report, as: .sarif, options: ReporterOptions()))
        }
        XCTAssertEqual(outputs[0], outputs[1])
        XCTAssertEqual(outputs[0], outputs[2])
    }

    func testDiscoverySkipsHiddenAndBuildFoldersButTakesNamedFiles() throws {
        let misuse = "import Glibc\nfunc f() { srand(1) }\n"
        try write("Sources/a.swift", misuse)
        try write(".build/checkouts/b.swift", misuse)
        try write(".hidden/c.swift", misuse)
        try write("notes.txt", misuse)
        let all = try lint()
        XCTAssertEqual(Set(all.findings.map(\.path)), ["Sources/a.swift"])
        XCTAssertEqual(all.filesAnalyzed, 1)
        let named = try lint([".hidden/c.swift"])
        XCTAssertEqual(Set(named.findings.map(\.path)), [".hidden/c.swift"])
    }

    func testPrefilterSkipsFilesWithoutCatalogNames() throws {
        try write("plain.swift", "struct Point { var x = 0.0 }\nlet p = Point()\n")
        try write("seeded.swift", "import Glibc\nfunc f() { srand(3) }\n")
        let report = try lint()
        XCTAssertEqual(report.filesAnalyzed, 2)
        XCTAssertEqual(report.filesParsed, 1)
        let prefilter = Prefilter(calls: ["srand", "random"], types: ["rk_key"])
        XCTAssertTrue(prefilter.matches(Array("x.srand (1)".utf8)))
        XCTAssertTrue(prefilter.matches(Array("void f(rk_key k) {}".utf8)))
        XCTAssertFalse(prefilter.matches(Array("srandom_walk(1); mysrand(); srand".utf8)))
        XCTAssertFalse(prefilter.matches(Array("/* a random value */ int rk_keys = 0;".utf8)))
    }

    func testUnreadableFilesAreReportedNotSkipped() throws {
        try write("ok.swift", "func f() {}\n")
        try Data([0x73, 0x72, 0x61, 0x6E, 0x64, 0x28, 0xFF, 0xFE, 0x29]).write(to: scratch.appendingPathComponent("latin1.swift"))
        try FileManager.default.createSymbolicLink(atPath: scratch.appendingPathComponent("gone.swift").path, withDestinationPath: "/nonexistent/x.swift")
        let report = try lint()
        XCTAssertEqual(report.problems.map(\.path), ["gone.swift", "latin1.swift"])
        XCTAssertEqual(try lint(["missing.swift"]).problems.map(\.message), ["no such file or directory"])
    }

    func testUnknownRuleIsAnErrorWithSuggestion() {
        var options = LintOptions()
        options.select = ["key-reuses"]
        XCTAssertThrowsError(try Linter(options: options)) { error in
            XCTAssertEqual("\(error)", "unknown rule 'key-reuses' (did you mean 'key-reuse'?); `randlint rules` lists them")
        }
    }

    func testBuiltinCatalogsMatchRulesFolder() throws {
        let folder = Self.root.appendingPathComponent("Rules")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yml") }.sorted()
        XCTAssertEqual(BuiltinCatalogs.sources.map(\.path), names.map { "Rules/" + $0 },
                       "run Scripts/generate-builtin-catalogs.sh")
        for (path, text) in BuiltinCatalogs.sources {
            let onDisk = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
            XCTAssertEqual(text, onDisk, "\(path) changed: run Scripts/generate-builtin-catalogs.sh")
        }
        XCTAssertNoThrow(try BuiltinCatalogs.load())
    }
}

final class ProgressTests: XCTestCase {
    func testProgressIsReportedUpToTheTotal() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("randlint-progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        for i in 0..<25 { try "let x\(i) = \(i)\n".write(to: scratch.appendingPathComponent("f\(i).swift"), atomically: true, encoding: .utf8) }
        try "#include \"h.h\"\n".write(to: scratch.appendingPathComponent("a.c"), atomically: true, encoding: .utf8)
        try "int x;\n".write(to: scratch.appendingPathComponent("h.h"), atomically: true, encoding: .utf8)
        final class Calls: @unchecked Sendable {
            let lock = NSLock()
            var values: [(Int, Int)] = []
        }
        let calls = Calls()
        var options = LintOptions()
        options.paths = [scratch.path]
        options.jobs = 4
        options.progress = { done, total in
            calls.lock.lock()
            calls.values.append((done, total))
            calls.lock.unlock()
        }
        _ = try Linter(options: options).lint()
        XCTAssertGreaterThanOrEqual(calls.values.count, 26)
        XCTAssertTrue(calls.values.allSatisfy { $0.1 == 27 && $0.0 <= 27 })
        XCTAssertEqual(calls.values.last?.0, 27)
        XCTAssertEqual(calls.values.map(\.0), calls.values.map(\.0).sorted(), "done only grows")
    }
}
