import RandLintCore
import XCTest

/// Function summaries, on hand-built models: which by-value parameters a function draws from.
final class FunctionSummaryTests: XCTestCase {
    func at(_ line: Int) -> SourceRange {
        SourceRange(start: .init(line: line, column: 1, offset: 0), end: .init(line: line, column: 2, offset: 1))
    }

    func function(_ name: String, _ parameters: [Parameter], _ body: [Step]) -> Function {
        Function(name: name, kind: .function, isEntryPoint: false, parameters: parameters, range: at(1), body: body)
    }

    func testDrawsThroughACopyOfAByValueParameter() {
        let roll = function("roll(_:)", [Parameter(name: "rng", type: "Gen", isGenerator: true)], [
            .event(Event(kind: .copyGenerator, range: at(2), key: "rng", binds: ["local"])),
            .event(Event(kind: .drawGenerator, range: at(3), api: "random", key: "local")),
        ])
        XCTAssertEqual(FunctionSummary(of: roll), FunctionSummary(name: "roll", drawsFromParameters: [0]))
    }

    func testInoutParametersAndOtherDrawsAreNotCopies() {
        let roll = function("roll(using:seed:)", [
            Parameter(name: "rng", type: "Gen", isInout: true, isGenerator: true), Parameter(name: "seed", type: "UInt64"),
        ], [
            .event(Event(kind: .drawGenerator, range: at(2), api: "next", key: "rng")),
            .loop(Loop(kind: .statement, body: [.event(Event(kind: .drawGlobal, range: at(3), api: "rand", generator: "libc-rand"))], range: at(3))),
        ])
        XCTAssertEqual(FunctionSummary(of: roll), FunctionSummary(name: "roll", drawsFromParameters: [], globalGenerators: ["libc-rand"]))
    }

    func testOverloadsMerge() {
        let a = function("pick(_:)", [Parameter(name: "g", type: "Gen", isGenerator: true)], [
            .event(Event(kind: .drawGenerator, range: at(2), api: "next", key: "g")),
        ])
        let b = function("pick(_:_:)", [Parameter(name: "n", type: "Int"), Parameter(name: "g", type: "Gen", isGenerator: true)], [
            .event(Event(kind: .drawGenerator, range: at(5), api: "next", key: "g")),
        ])
        let file = FileModel(path: "a.swift", language: .swift, functions: [a, b])
        XCTAssertEqual(FunctionSummary.summaries(of: file)["pick"]?.drawsFromParameters, [0, 1])
    }
}
