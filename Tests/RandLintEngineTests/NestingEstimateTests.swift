@testable import RandLintEngine
import XCTest

/// The nesting estimate must grow with every kind of nesting the front ends recurse on, and stay
/// far below the limit on real code, so that no ordinary file is refused.
final class NestingEstimateTests: XCTestCase {
    func depth(_ text: String) -> Int { NestingEstimate.depth(Array(text.utf8)) }

    func testGrowsWithEachKindOfNesting() {
        let n = 1_000
        let cases = [
            "brackets": String(repeating: "(", count: n) + "x" + String(repeating: ")", count: n),
            "operators": "let y = x" + String(repeating: " + x", count: n),
            "prefix operators": "let y = " + String(repeating: "!", count: n) + "x",
            "members": "a" + String(repeating: ".b", count: n),
            "else chain": String(repeating: "if x { f() } else ", count: n) + "{ g() }",
            "multi-line else chain": String(repeating: "if x {\n  f()\n} else ", count: n) + "{\n  g()\n}",
            "multi-line operators": "let y = x" + String(repeating: " +\n  x", count: n),
            "ternaries": "let y = " + String(repeating: "a ? b : ", count: n) + "c",
        ]
        for (kind, text) in cases {
            XCTAssertGreaterThanOrEqual(depth(text), n, kind)
        }
    }

    func testStatementsAndLinesDoNotAddUp() {
        let n = 10_000
        XCTAssertLessThan(depth(String(repeating: "let a = b + c\n", count: n)), 10)
        XCTAssertLessThan(depth(String(repeating: "x = y + 1; ", count: n)), 10)
        XCTAssertLessThan(depth("#include <stdlib.h>\n" + String(repeating: "#define A(x) ((x) + 1)\nint f(void) { return A(1); }\n", count: n)), 10)
        XCTAssertLessThan(depth("switch x {\n" + String(repeating: "case .a:\n  f()\n", count: n) + "}\n"), 10)
        XCTAssertLessThan(depth("let t = [" + String(repeating: "1, ", count: n) + "]"), 10)
        XCTAssertLessThan(depth(String(repeating: "// a + b + c ( [ {\n/* ( ( ( */ let s = \"((((\"\n", count: n)), 10)
    }

    func testTheRepositorysOwnSourcesAreFarBelowTheLimit() throws {
        let root = EngineTests.root
        var deepest = (0, "")
        for folder in ["Sources", "Tests", "Fixtures", "Examples"] {
            let walker = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
            while let name = walker?.nextObject() as? String {
                guard name.hasSuffix(".swift") || name.hasSuffix(".c") || name.hasSuffix(".h") else { continue }
                let data = try Data(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(name))
                let d = NestingEstimate.depth(Array(data))
                if d > deepest.0 { deepest = (d, folder + "/" + name) }
            }
        }
        XCTAssertLessThan(deepest.0, NestingEstimate.limit / 10, deepest.1)
    }
}
