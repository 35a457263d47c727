import RandLintCore
import XCTest

/// Local data flow on hand-built models: what a local holds where it is read, and that paths
/// differing only in values nobody reads again are one path.
final class ValueFlowTests: XCTestCase {
    func at(_ line: Int) -> SourceRange {
        SourceRange(start: .init(line: line, column: 1, offset: 0), end: .init(line: line, column: 2, offset: 1))
    }

    func assign(_ name: String, _ value: Value, line: Int, api: String = "") -> Step {
        .event(Event(kind: .assign, range: at(line), api: api, binds: [name], value: value))
    }

    func use(_ value: Value, line: Int) -> Step { .event(Event(kind: .use, range: at(line), value: value)) }

    func loop(_ body: [Step], lines: ClosedRange<Int>) -> Step {
        .loop(Loop(kind: .statement, body: body, range: SourceRange(start: at(lines.lowerBound).start, end: at(lines.upperBound).end)))
    }

    /// What the value used on `line` resolves to, once per path that reaches it.
    func resolved(_ steps: [Step], line: Int) -> [Value] {
        var seen: [Value] = []
        ValueFlow.walk(Function(name: "f", kind: .function, isEntryPoint: false, parameters: [], range: at(1), body: steps)) { event, _, resolver in
            if event.range.start.line == line, let value = event.value { seen.append(resolver.resolve(value)) }
        }
        return seen
    }

    func testEachArmsValueReachesTheUseAfterTheBranch() {
        let steps: [Step] = [
            .branch(Branch(kind: .if, arms: [.init(steps: [assign("s", .integer("42"), line: 2)]),
                                            .init(steps: [assign("s", .clock("time"), line: 4)])])),
            use(.local("s"), line: 6),
        ]
        XCTAssertEqual(resolved(steps, line: 6), [.integer("42"), .clock("time")])
    }

    func testAValueNobodyReadsAgainDoesNotSplitThePath() {
        // `x` differs between the arms but is read only inside them: one path reaches line 9.
        let steps: [Step] = [
            assign("t", .clock("time"), line: 1),
            .branch(Branch(kind: .if, arms: [.init(steps: [assign("x", .integer("1"), line: 3), use(.local("x"), line: 4)]),
                                            .init(steps: [assign("x", .integer("2"), line: 6), use(.local("x"), line: 7)])])),
            use(.local("t"), line: 9),
        ]
        XCTAssertEqual(resolved(steps, line: 4), [.integer("1")])
        XCTAssertEqual(resolved(steps, line: 9), [.clock("time")])
    }

    func testACounterInNestedLoopsKeepsItsFirstPassValue() {
        let count = Value.op("+", [.local("n"), .integer("1")], at(3))
        let steps: [Step] = [
            assign("n", .clock("time"), line: 1),
            loop([loop([assign("n", count, line: 3, api: "+=")], lines: 3...3)], lines: 2...4),
            use(.local("n"), line: 5),
        ]
        let once = Value.op("+", [.clock("time"), .integer("1")], at(3))
        XCTAssertEqual(resolved(steps, line: 5), [.clock("time"), once])
    }

    func testAValueReadOnTheNextIterationSurvivesTheLoopBody() {
        // `prev` is read at the top of the body before it is assigned at the bottom.
        let steps: [Step] = [
            assign("prev", .integer("0"), line: 1),
            loop([use(.local("prev"), line: 3),
                  .branch(Branch(kind: .if, arms: [.init(steps: [assign("prev", .clock("time"), line: 5)]), .init(steps: [])])),
                  assign("y", .integer("7"), line: 7)], lines: 2...8),
        ]
        XCTAssertEqual(Set(resolved(steps, line: 3)), [.integer("0"), .clock("time")])
    }

    func testALongChainOfAssignmentsIsCutNotDeep() {
        var steps: [Step] = [assign("v0", .clock("time"), line: 1)]
        for k in 1...2_000 {
            steps.append(assign("v\(k)", .op("+", [.local("v\(k - 1)"), .integer("1")], at(k + 1)), line: k + 1))
        }
        steps.append(use(.local("v2000"), line: 3_000))
        let value = resolved(steps, line: 3_000)
        XCTAssertEqual(value.count, 1)
        XCTAssertLessThanOrEqual(value[0].nodeCount(upTo: 10_000), 256)
    }
}
