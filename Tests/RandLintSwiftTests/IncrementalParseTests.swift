import RandLintCore
@testable import RandLintSwift
import RandLintTestSupport
import SwiftSyntax
import XCTest

/// An editor's document is parsed incrementally from its last text: the model must be the one a
/// fresh parse gives, whatever the edits.
final class IncrementalParseTests: XCTestCase {
    func testEditedDocumentsModelLikeFreshParses() throws {
        let fresh = try ModelDumpTests.frontEnd()
        let catalogs = try GoldenModels.repositoryCatalogs(root: ModelDumpTests.repositoryRoot)
        let editor = SwiftFrontEnd(catalogs: catalogs, extraEntryPoints: ["configuredEntry", "Runner.start"], parses: SwiftParses())
        let folder = ModelDumpTests.modelsDirectory
        var lines: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".swift") {
            lines += try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).components(separatedBy: "\n")
        }
        let snippets = ["    srand48(7)", "}", "func added(key: RandomKey) { _ = key.normal() }", "    let x = rand() % 6", "// comment", "{", ""]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for step in 0..<40 {
            // One or two changes far apart: insert, delete or replace a line.
            for _ in 0...(step % 2) {
                let at = next(lines.count)
                switch next(3) {
                case 0: lines.insert(snippets[next(snippets.count)], at: at)
                case 1: lines.remove(at: at)
                default: lines[at] = snippets[next(snippets.count)]
                }
            }
            let text = lines.joined(separator: "\n")
            XCTAssertEqual(editor.model(path: "Doc.swift", source: text).dump, fresh.model(path: "Doc.swift", source: text).dump, "step \(step)")
        }
    }

    func testFarApartChangesAreSeparateEdits() {
        let old = Array((0..<200).map { "line \($0)\n" }.joined().utf8)
        var lines = (0..<200).map { "line \($0)\n" }
        lines[3] = "changed\n"
        lines.insert("new\n", at: 150)
        lines.remove(at: 190)
        let new = Array(lines.joined().utf8)
        let edits = TextEdits.between(old, new)
        XCTAssertEqual(edits.count, 3)
        XCTAssertEqual(apply(edits, to: old), new)
    }

    func testEditsRebuildTheNewText() {
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<200 {
            let old = (0..<next(30)).map { _ in String(repeating: "ab\n", count: next(3)) + "x\(next(4))" }.joined(separator: "\n")
            var new = Array(old.utf8)
            for _ in 0..<next(4) where !new.isEmpty { new.insert(UInt8(ascii: next(2) == 0 ? "\n" : "y"), at: next(new.count)) }
            XCTAssertEqual(apply(TextEdits.between(Array(old.utf8), new), to: Array(old.utf8)), new, old)
        }
    }

    /// Concurrent edits (all in the old text's offsets) applied from the last to the first.
    private func apply(_ edits: [SourceEdit], to text: [UInt8]) -> [UInt8] {
        var result = text
        for edit in edits.reversed() {
            result.replaceSubrange(edit.range.lowerBound.utf8Offset..<edit.range.upperBound.utf8Offset, with: edit.replacementBytes)
        }
        return result
    }
}
