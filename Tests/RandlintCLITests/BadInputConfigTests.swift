import Foundation
import RandLintTestSupport
import XCTest

/// The bad-input catalogue, configuration and C setup: broken `.randlint.yml`, catalogs and
/// compile databases, and a machine without libclang. Each case checks the message and the exit
/// status of the real binary.
final class BadInputConfigTests: XCTestCase {
    var scratch: ScratchFolder!

    override func setUpWithError() throws { scratch = try ScratchFolder("bad-config") }
    override func tearDown() { scratch.remove() }

    func lint(_ arguments: [String], environment: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line) throws -> CLITests.Run {
        try CLITests.runWithoutCrash(arguments, in: scratch.url, environment: environment, file: file, line: line)
    }

    static let seedC = "#include <stdlib.h>\nint main(void) { srand(1); return 0; }\n"
    static let seedSwift = "import Glibc\n@main struct App {\n  static func main() {\n    srand48(7)\n  }\n}\n"
    /// `RANDLINT_LIBCLANG` pointing at a file that is not there: libclang cannot be loaded.
    static let noLibclang = ["RANDLINT_LIBCLANG": "/nonexistent/libclang.so"]

    /// One line on stderr, `randlint: error: FILE:LINE: message`, exit 2, nothing analyzed.
    func assertConfigurationError(_ yaml: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try scratch.write(".randlint.yml", yaml)
        let result = try lint(["app.swift"])
        XCTAssertEqual(result.status, 2, result.stdout, file: file, line: line)
        XCTAssertEqual(result.stdout, "", file: file, line: line)
        XCTAssertEqual(result.stderr, "randlint: error: \(expected)\n", file: file, line: line)
    }

    func testBrokenYAML() throws {
        try scratch.write("app.swift", Self.seedSwift)
        try assertConfigurationError("rules:\n  global-seed: [error\n", ".randlint.yml:3: not valid YAML: did not find expected ',' or ']'")
        try assertConfigurationError("rules: {global-seed: error\n\t- x", ".randlint.yml:2: not valid YAML: found a tab character that violates indentation")
    }

    func testUnknownConfigurationKeys() throws {
        try scratch.write("app.swift", Self.seedSwift)
        try assertConfigurationError("exlude: [vendor]\n", ".randlint.yml:1: unknown key 'exlude' in the configuration (did you mean 'exclude'?)")
        try assertConfigurationError("c:\n  requird: false\n", ".randlint.yml:2: unknown key 'requird' in c (did you mean 'required'?)")
        try assertConfigurationError("c:\n  required: sometimes\n", ".randlint.yml:2: c.required must be true or false")
    }

    func testCatalogWithUnknownKindOrDuplicateAPI() throws {
        try scratch.write("app.swift", Self.seedSwift)
        try scratch.write("mylib.yml", "catalog: mylib\napis:\n  - {name: mylib_seed, kind: seed-globl, generator: g}\n")
        try assertConfigurationError("catalogs: [mylib.yml]\n", "\(scratch.path("mylib.yml")):3: unknown kind 'seed-globl' (did you mean 'seed-global'?)")
        try scratch.write("mylib.yml", "catalog: mylib\ngenerators: {g: one state}\napis:\n  - {name: mylib_seed, kind: seed-global, generator: g}\n  - {name: mylib_draw, kind: draw-global, generator: g}\n  - {name: mylib_seed, kind: seed-global, generator: g, seed: 0}\n")
        try assertConfigurationError("catalogs: [mylib.yml]\n", "\(scratch.path("mylib.yml")):6: api 'mylib_seed' is already listed on line 4; give each API one entry")
    }

    func testBrokenCompileDatabaseFailsTheCFilesOnly() throws {
        try scratch.write("a.c", Self.seedC)
        try scratch.write("app.swift", Self.seedSwift)
        try scratch.write("build/compile_commands.json", "{ not json")
        let result = try lint([".", "-p", "build", "--select", "global-seed"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("app.swift:4:5: warning[global-seed]"), "the Swift finding is still printed:\n\(result.stdout)")
        XCTAssertTrue(result.stdout.contains("a.c: error: the compile database cannot be used: build/compile_commands.json: not a JSON compile database (expected an array of {directory, file, command|arguments})\n"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("1 finding (1 warning) in 1 of 1 file analyzed in \(try XCTUnwrap(Self.seconds(result.stdout)))s; 1 file could not be analyzed\n"), result.stdout)
    }

    func testCompileDatabaseEntryWithAMissingFolderIsANote() throws {
        try scratch.write("a.c", Self.seedC)
        try scratch.write("compile_commands.json", #"[{"directory": "/no/such/folder", "file": "a.c", "command": "cc -Iinclude -c a.c"}]"#)
        let result = try lint(["a.c", "-p", ".", "--select", "global-seed"])
        XCTAssertEqual(result.status, 1, result.stdout)
        XCTAssertTrue(result.stdout.contains("a.c:2:18: warning[global-seed]"), result.stdout)
        XCTAssertTrue(result.stdout.contains("note: the compile database names folders that do not exist: /no/such/folder; its entries there do not match the files linted, or their relative flags (-I) lead nowhere\n"), result.stdout)
    }

    /// libclang missing: every C file is an error (exit 2), the Swift findings are printed, and
    /// JSON and SARIF say so; `c: {required: false}` makes them skipped files and a note.
    func testWithoutLibclang() throws {
        try scratch.write("lib/a.c", Self.seedC)
        try scratch.write("lib/b.h", "int b(void);\n")
        try scratch.write("app.swift", Self.seedSwift)

        let text = try lint([".", "--select", "global-seed"], environment: Self.noLibclang)
        XCTAssertEqual(text.status, 2, text.stdout)
        XCTAssertTrue(text.stdout.contains("app.swift:4:5: warning[global-seed]"), text.stdout)
        XCTAssertTrue(text.stdout.contains("lib/a.c: error: C analysis needs libclang, which could not be loaded\n"), text.stdout)
        XCTAssertTrue(text.stdout.contains("note: C analysis needs libclang: install libclang-dev (or set RANDLINT_LIBCLANG to libclang's path; tried: /nonexistent/libclang.so"), text.stdout)
        XCTAssertTrue(text.stdout.contains("; on machines without libclang, `c: {required: false}` in .randlint.yml lets a run pass without C analysis\n"), text.stdout)
        XCTAssertTrue(text.stdout.contains("in 1 of 2 files analyzed in "), text.stdout)
        XCTAssertTrue(text.stdout.hasSuffix("; 1 file could not be analyzed\n"), text.stdout)

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try lint([".", "--format", "json"], environment: Self.noLibclang).stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["problems"] as? [[String: String]], [["path": "lib/a.c", "message": "C analysis needs libclang, which could not be loaded"]])
        XCTAssertEqual(json["skipped"] as? [[String: String]], [])
        let summary = try XCTUnwrap(json["summary"] as? [String: Int])
        XCTAssertEqual([summary["files_analyzed"], summary["files_not_analyzed"]], [2, 1])

        // As the GitHub Action runs it: the log is written on exit 2 too, so it is uploaded.
        let sarifRun = try lint([".", "--format", "sarif", "--output", "r.sarif"], environment: Self.noLibclang)
        XCTAssertEqual(sarifRun.status, 2)
        let sarif = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: scratch.url.appendingPathComponent("r.sarif"))) as? [String: Any])
        let run = try XCTUnwrap((sarif["runs"] as? [[String: Any]])?.first)
        XCTAssertEqual((run["results"] as? [Any])?.count, 1, "the Swift finding is in the log")
        let invocation = try XCTUnwrap((run["invocations"] as? [[String: Any]])?.first)
        XCTAssertEqual(invocation["executionSuccessful"] as? Bool, false)
        let errors = try XCTUnwrap(invocation["toolExecutionNotifications"] as? [[String: Any]]).filter { $0["level"] as? String == "error" }
        XCTAssertEqual(errors.count, 1)
        let location = try XCTUnwrap((errors.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        XCTAssertEqual((location["artifactLocation"] as? [String: Any])?["uri"] as? String, "lib/a.c")

        try scratch.write(".randlint.yml", "c: {required: false}\n")
        let allowed = try lint([".", "--select", "global-seed"], environment: Self.noLibclang)
        XCTAssertEqual(allowed.status, 1, "only the Swift finding decides:\n\(allowed.stdout)")
        XCTAssertTrue(allowed.stdout.contains("lib/a.c: note: C analysis needs libclang, which could not be loaded (allowed by c.required: false)\n"), allowed.stdout)
        XCTAssertTrue(allowed.stdout.hasSuffix("; 1 file not analyzed, as the configuration allows\n"), allowed.stdout)
        try scratch.write("app.swift", "let x = 1\n")
        XCTAssertEqual(try lint(["."], environment: Self.noLibclang).status, 0)
        let allowedJSON = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try lint([".", "--format", "json"], environment: Self.noLibclang).stdout.utf8)) as? [String: Any])
        XCTAssertEqual(allowedJSON["problems"] as? [[String: String]], [])
        XCTAssertEqual((allowedJSON["skipped"] as? [[String: String]])?.map { $0["path"] }, ["lib/a.c"])
    }

    /// The elapsed time the text summary printed ("… in 0.12s; …").
    static func seconds(_ text: String) -> String? {
        guard let range = text.range(of: #"in \d+\.\d\ds"#, options: .regularExpression) else { return nil }
        return String(text[range].dropFirst(3).dropLast())
    }
}
