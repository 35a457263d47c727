import RandLintCore
import RandLintSwift
import XCTest

/// The declaration pass's token scan: what counts as a constant or a generator type.
final class DeclarationScanTests: XCTestCase {
    func facts(_ source: String) -> ProjectFacts { SwiftDeclarations.scan(source).facts }

    func testConstantsAtFileAndTypeLevelOnly() {
        let f = facts("""
            let kBuckets = 64
            private static let ignoredAtFileScope = 1
            enum Tuning {
                static let seed: UInt64 = 0x5EED
                static let rate = -0.5
                static var mutable = 3
                static let computed = kBuckets * 2
                func local() { let hidden = 7 }
            }
            func helper() {
                let alsoHidden = 9
            }
            """)
        XCTAssertEqual(f.constants["kBuckets"], .integer("64"))
        XCTAssertEqual(f.constants["Tuning.seed"]?.integerValue, 0x5EED)
        XCTAssertEqual(f.constants["seed"]?.integerValue, 0x5EED)
        XCTAssertEqual(f.constants["Tuning.rate"], .float("-0.5"))
        XCTAssertNil(f.constants["mutable"])
        XCTAssertNil(f.constants["computed"])
        XCTAssertNil(f.constants["hidden"])
        XCTAssertNil(f.constants["alsoHidden"])
    }

    func testCommentsAndStringsHideDeclarations() {
        let f = facts(#"""
            // let commented = 1
            /* struct Fake: RandomNumberGenerator { } /* nested */ let alsoCommented = 2 */
            let text = "struct InString: RandomNumberGenerator { let x = 3 }"
            let multi = """
                let inside = 4 \(1 + 2) }
                """
            let raw = #"let rawInside = 5 "# + "\("}")"
            let real = 6
            """#)
        XCTAssertNil(f.constants["commented"])
        XCTAssertNil(f.constants["alsoCommented"])
        XCTAssertNil(f.constants["inside"])
        XCTAssertNil(f.constants["rawInside"])
        XCTAssertEqual(f.constants["real"], .integer("6"))
        XCTAssertTrue(f.generatorTypes.isEmpty)
    }

    func testGeneratorTypesThroughProtocolsAndAliases() {
        let f = facts("""
            protocol SeededGenerator: RandomNumberGenerator { init(seed: UInt64) }
            struct PCG: SeededGenerator { mutating func next() -> UInt64 { 1 } }
            final class Shared: RandomNumberGenerator, Sendable { func next() -> UInt64 { 2 } }
            typealias DefaultGenerator = PCG
            struct NotOne: Hashable {}
            @frozen public enum Fixed: RandomNumberGenerator where Self: Sendable { case one }
            """)
        XCTAssertEqual(f.generatorTypes["PCG"]?.isValueType, true)
        XCTAssertEqual(f.generatorTypes["Shared"]?.isValueType, false)
        XCTAssertEqual(f.generatorTypes["DefaultGenerator"]?.isValueType, true)
        XCTAssertEqual(f.generatorTypes["Fixed"]?.isValueType, true)
        XCTAssertNil(f.generatorTypes["NotOne"])
        XCTAssertNil(f.generatorTypes["SeededGenerator"])
    }

    func testDifferentValuesForOneNameAreDropped() {
        let merged = SwiftDeclarations.facts([SwiftDeclarations.scan("let seed = 1\n"), SwiftDeclarations.scan("let seed = 2\nlet other = 3\n")])
        XCTAssertNil(merged.constants["seed"])
        XCTAssertEqual(merged.constants["other"], .integer("3"))
    }

    func testScanEndsOnAnyInput() {
        for text in ["$0 $1", "\"unterminated", "#\"raw", "/* open", "let x = ", "struct {", "}}}", "0x", "1e+", "\\(", "@"] {
            _ = SwiftDeclarations.scan(text)
        }
    }
}
