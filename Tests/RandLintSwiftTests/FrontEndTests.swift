import RandLintCore
import RandLintSwift
import XCTest

final class FrontEndTests: XCTestCase {
    func testBrokenSourceStillModelsWhatParsed() throws {
        let frontEnd = try ModelDumpTests.frontEnd()
        let model = frontEnd.model(path: "Broken.swift", source: """
            func f() {
                srand(42)
                let x = (
            }
            func g( { rand() }
            """)
        var seeds = 0
        for function in model.functions {
            EventWalk.forEach(function.body) { event, _ in if event.kind == .seedGlobal { seeds += 1 } }
        }
        XCTAssertEqual(seeds, 1)
    }

    func testColumnsAreUTF8Bytes() throws {
        let frontEnd = try ModelDumpTests.frontEnd()
        // "é" is 2 bytes, "🎲" is 4 bytes
        let model = frontEnd.model(path: "U.swift", source: "func f() { let é = \"🎲\"; srand(1) }\n")
        var ranges: [RandLintCore.SourceRange] = []
        for function in model.functions { EventWalk.forEach(function.body) { event, _ in if event.kind == .seedGlobal { ranges.append(event.range) } } }
        XCTAssertEqual(ranges.count, 1)
        let start = try XCTUnwrap(ranges.first).start
        XCTAssertEqual(start.line, 1)
        XCTAssertEqual(start.column, 29)   // bytes, not characters (27 characters precede it)
        XCTAssertEqual(start.offset, 28)
        XCTAssertEqual(ranges.first?.end.column, 37)
    }

    func testEmptyAndDeclarationOnlyFiles() throws {
        let frontEnd = try ModelDumpTests.frontEnd()
        XCTAssertTrue(frontEnd.model(path: "Empty.swift", source: "").functions.isEmpty)
        let model = frontEnd.model(path: "main.swift", source: "import Foundation\n")
        XCTAssertTrue(model.functions.isEmpty)
    }

    func testALongChainOfNamesToACallIsBuiltWhole() throws {
        // Each assignment feeds the one after it, written in reverse: one pass over the body
        // finds one more link, so the slice must follow names to the end of the chain.
        let links = 12
        var lines = ["import Glibc", "func f() {", "    let unrelated = 3", "    let v\(links) = 1"]
        for k in stride(from: links - 1, through: 0, by: -1) { lines.append("    let v\(k) = v\(k + 1) + 1") }
        lines += ["    srand48(v0)", "}"]
        let model = try ModelDumpTests.frontEnd().model(path: "Chain.swift", source: lines.joined(separator: "\n"))
        var assigned: [String] = []
        for function in model.functions {
            EventWalk.forEach(function.body) { event, _ in if event.kind == .assign { assigned += event.binds } }
        }
        XCTAssertEqual(Set(assigned), Set((0...links).map { "v\($0)" }))
    }
}
