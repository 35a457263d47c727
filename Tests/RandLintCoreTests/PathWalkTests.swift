import RandLintCore
import XCTest

/// The shared walk, on hand-built models: what a path is, and when a loop body repeats.
final class PathWalkTests: XCTestCase {
    func at(_ line: Int) -> SourceRange {
        SourceRange(start: .init(line: line, column: 1, offset: 0), end: .init(line: line, column: 2, offset: 1))
    }

    func draw(_ line: Int) -> Step { .event(Event(kind: .drawGlobal, range: at(line), api: "rand", generator: "g")) }

    /// Lines of every event seen, per path end state.
    func paths(_ steps: [Step]) -> [[Int]] {
        PathWalk<[Int]> { seen, event, _ in seen.append(event.range.start.line) }.run(steps, from: [])
    }

    func testExclusiveArmsDoNotAddUp() {
        let steps: [Step] = [.branch(Branch(kind: .if, arms: [.init(steps: [draw(1)]), .init(steps: [draw(2)])])), draw(3)]
        XCTAssertEqual(paths(steps), [[1, 3], [2, 3]])
    }

    func testFallThroughContinuesIntoTheNextArm() {
        let steps: [Step] = [.branch(Branch(kind: .switch, arms: [.init(steps: [draw(1)], fallsThrough: true), .init(steps: [draw(2)])]))]
        XCTAssertEqual(paths(steps), [[2], [1, 2]])
    }

    func testReturnEndsAPathAndBreakLeavesTheSwitch() {
        let ret = Step.exit(Exit(kind: .return, range: at(9)))
        let brk = Step.exit(Exit(kind: .break, range: at(9)))
        XCTAssertEqual(paths([.branch(Branch(kind: .guard, arms: [.init(steps: [draw(1), ret]), .init(steps: [])])), draw(2)]), [[2], [1]])
        XCTAssertEqual(paths([.branch(Branch(kind: .switch, arms: [.init(steps: [draw(1), brk, draw(5)])])), draw(2)]), [[1, 2]])
    }

    func testLoopBodyIsSeenTwiceAndMaySkip() {
        var iterations: [Int] = []
        let loop = Step.loop(Loop(kind: .statement, body: [draw(1)], range: at(1)))
        let ends = PathWalk<[Int]> { seen, event, context in
            seen.append(event.range.start.line)
            iterations.append(context.iteration)
        }.run([loop, draw(2)], from: [])
        XCTAssertEqual(ends, [[2], [1, 2], [1, 1, 2]])
        XCTAssertEqual(Set(iterations), [1, 2])
    }

    func testReturnInsideAClosureLeavesOnlyTheClosure() {
        let ret = Step.exit(Exit(kind: .return, range: at(9)))
        let closure = Step.loop(Loop(kind: .closure(api: "async"), body: [draw(1), ret], range: at(1)))
        XCTAssertEqual(paths([closure, draw(2)]), [[2], [1, 2]])
    }

    func testRepeatedClosureIsRepeated() {
        var repeated = false
        PathWalk<Int> { _, _, context in repeated = repeated || context.isRepeated }
            .run([.loop(Loop(kind: .repeatedClosure(api: "map"), body: [draw(1)], range: at(1)))], from: 0)
        XCTAssertTrue(repeated)
        var once = true
        PathWalk<Int> { _, _, context in once = once && !context.isRepeated }
            .run([.loop(Loop(kind: .closure(api: "async"), body: [draw(1)], range: at(1)))], from: 0)
        XCTAssertTrue(once)
    }
}
