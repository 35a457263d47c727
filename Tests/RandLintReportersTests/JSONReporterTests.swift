import Foundation
import RandLintCore
@testable import RandLintReporters
import XCTest

/// The documented schema of Docs/json-format.md, as a reader would decode it.
private struct Document: Decodable {
    struct Tool: Decodable { var name: String; var version: String }
    struct Position: Decodable { var line: Int; var column: Int }
    struct Related: Decodable { var path: String; var start: Position; var end: Position; var message: String }
    struct Item: Decodable {
        var rule: String, level: String, path: String, start: Position, end: Position, message: String, help: String
        var related: [Related]
    }
    struct Problem: Decodable { var path: String; var message: String }
    struct Summary: Decodable {
        var files_analyzed: Int, files_parsed: Int, findings: Int, errors: Int, warnings: Int
    }
    var version: Int
    var tool: Tool
    var findings: [Item]
    var problems: [Problem]
    var notes: [String]
    var summary: Summary
}

final class JSONReporterTests: XCTestCase {
    func testJSONOutputExactly() {
        var report = Samples.report(findings: [Samples.seedFinding], problems: [.init(path: "x.c", message: "cannot read \"x.c\"")])
        report.skipped = [.init(path: "y.c", message: "C analysis needs libclang, which could not be loaded (allowed by c.required: false)")]
        report.filesNotAnalyzed = 2
        report.filesPartiallyParsed = 1
        let range = report.findings[0].range
        report.findings[0].fix = Fix(title: "delete the seeding", applicability: .unsafe, edits: [Edit(range: range, replacement: "")])
        XCTAssertEqual(Reporters.render(report, as: .json, options: ReporterOptions(toolVersion: "1.2.3")), #"""
        {
          "findings": [
            {
              "end": {
                "column": 10,
                "line": 3
              },
              "fix": {
                "applicability": "unsafe",
                "edits": [
                  {
                    "end": {
                      "column": 10,
                      "line": 3
                    },
                    "replacement": "",
                    "start": {
                      "column": 1,
                      "line": 3
                    }
                  }
                ],
                "title": "delete the seeding"
              },
              "help": "pass a key instead: let key = RandomKey(seed: 42)",
              "level": "warning",
              "message": "srand(42) seeds the process-wide generator, so any other caller of rand() changes this stream",
              "path": "Sources/main.swift",
              "related": [],
              "rule": "global-seed",
              "start": {
                "column": 1,
                "line": 3
              }
            }
          ],
          "notes": [],
          "problems": [
            {
              "message": "cannot read \"x.c\"",
              "path": "x.c"
            }
          ],
          "skipped": [
            {
              "message": "C analysis needs libclang, which could not be loaded (allowed by c.required: false)",
              "path": "y.c"
            }
          ],
          "summary": {
            "errors": 0,
            "files_analyzed": 14,
            "files_not_analyzed": 2,
            "files_parsed": 5,
            "files_partially_parsed": 1,
            "findings": 1,
            "fixed": 0,
            "warnings": 1
          },
          "tool": {
            "name": "randlint",
            "version": "1.2.3"
          },
          "version": 1
        }

        """#)
    }

    func testRoundTrip() throws {
        var odd = Samples.reuseFinding
        odd.path = "dir/ä b.swift"
        odd.message = "quote \" backslash \\ tab \t newline \n control \u{1} slash / emoji 😀"
        let report = Samples.report(findings: [Samples.seedFinding, Samples.reuseFinding, odd],
                                    problems: [.init(path: "p.swift", message: "unreadable")], notes: ["a note"])
        let text = Reporters.render(report, as: .json, options: Samples.options)
        let doc = try JSONDecoder().decode(Document.self, from: Data(text.utf8))
        XCTAssertEqual(doc.version, 1)
        XCTAssertEqual(doc.tool.name, "randlint")
        let decoded = doc.findings.map { item in
            Finding(ruleID: item.rule, level: Level(rawValue: item.level)!, path: item.path,
                    range: Samples.range(item.start.line, item.start.column, item.end.line, item.end.column),
                    message: item.message, help: item.help,
                    related: item.related.map { Finding.Related(range: Samples.range($0.start.line, $0.start.column, $0.end.line, $0.end.column), message: $0.message) })
        }
        XCTAssertEqual(decoded, report.findings.sorted())
        XCTAssertEqual(doc.problems.map(\.path), ["p.swift"])
        XCTAssertEqual(doc.notes, ["a note"])
        XCTAssertEqual(doc.summary.findings, 3)
        XCTAssertEqual(doc.summary.errors, 2)
        XCTAssertEqual(doc.summary.warnings, 1)
        XCTAssertEqual(doc.summary.files_analyzed, 14)
        XCTAssertEqual(doc.summary.files_parsed, 5)
        // Foundation agrees it is JSON, and writing it back with sorted keys gives the same tree.
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary
        XCTAssertNotNil(object)
    }

    func testDeterministicAndTimeless() {
        let a = Samples.report(elapsed: 0.01)
        var b = Samples.report(elapsed: 9.5)
        b.findings.reverse()
        XCTAssertEqual(Reporters.render(a, as: .json, options: Samples.options), Reporters.render(b, as: .json, options: Samples.options))
    }

    func testControlCharactersAreEscaped() {
        var out = ""
        JSONValue.writeString("a\u{1}\u{1F}\u{7F}/é", to: &out)
        XCTAssertEqual(out, #""a\u0001\u001f\u007f/é""#)
    }
}

/// Docs/json-format.md is the contract: its example is the real output, its schema accepts it.
final class JSONFormatDocTests: XCTestCase {
    func docReport() -> LintReport {
        Samples.report(findings: [Samples.reuseFinding], problems: [.init(path: "Sources/Broken.swift", message: "file is not valid UTF-8")])
    }

    func testDocumentedExampleIsTheRealOutput() throws {
        let blocks = try Repo.jsonBlocks(in: "Docs/json-format.md")
        XCTAssertEqual(blocks.count, 2, "the example and the schema")
        XCTAssertEqual(blocks.first, Reporters.render(docReport(), as: .json, options: Samples.options))
    }

    func testOutputMatchesTheDocumentedSchema() throws {
        let blocks = try Repo.jsonBlocks(in: "Docs/json-format.md")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("randlint-json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let schema = dir.appendingPathComponent("schema.json")
        try Data(blocks[1].utf8).write(to: schema)
        var outputs = [Reporters.render(docReport(), as: .json, options: Samples.options),
                       Reporters.render(Samples.report(notes: ["n"]), as: .json, options: Samples.options),
                       Reporters.render(Samples.report(findings: []), as: .json, options: Samples.options)]
        outputs.append(outputs[0].replacingOccurrences(of: "\"level\": \"error\"", with: "\"level\": \"fatal\""))
        var files: [String] = []
        for (i, output) in outputs.enumerated() {
            let file = dir.appendingPathComponent("out\(i).json")
            try Data(output.utf8).write(to: file)
            files.append(file.path)
        }
        let script = """
        import json, sys
        from jsonschema import Draft7Validator
        schema = json.load(open(sys.argv[1])); Draft7Validator.check_schema(schema)
        v = Draft7Validator(schema)
        print([len(list(v.iter_errors(json.load(open(f))))) for f in sys.argv[2:]])
        """
        let result = try Repo.python(["-c", script, schema.path] + files)
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertEqual(result.output.trimmingCharacters(in: .whitespacesAndNewlines), "[0, 0, 0, 1]",
                       "three real outputs are valid and a mutated one is not")
    }
}
