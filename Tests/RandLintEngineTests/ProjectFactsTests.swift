import Foundation
import RandLintCore
@testable import RandLintEngine
import RandLintTestSupport
import XCTest

/// Project facts (named constants, generator types) come from the project, not from the paths
/// linted: one file linted alone gets exactly the findings it gets when the whole tree is linted.
final class ProjectFactsTests: XCTestCase {
    var folder: ScratchFolder!

    override func setUpWithError() throws {
        folder = try ScratchFolder("facts")
        try folder.write("Sources/Random/Xorshift.swift", """
            public struct Xorshift: RandomNumberGenerator {
                public static let defaultSeed: UInt64 = 88172645463325252
                var state: UInt64
                public init(seed: UInt64) { state = seed }
                public mutating func next() -> UInt64 {
                    state ^= state << 13; state ^= state >> 7; state ^= state << 17
                    return state
                }
            }
            final class Pool: Sendable {}
            """)
        try folder.write("Sources/Config.swift", """
            enum Config {
                static let buckets = 48
                static let tableSize = 64
            }
            """)
        try folder.write("Sources/Game/Loot.swift", """
            func lootTable() -> [Int] {
                var g = Xorshift(seed: Xorshift.defaultSeed)
                let a = Int(g.next() % UInt64(Config.buckets))
                let b = Int(g.next() % UInt64(Config.tableSize))
                return [a, b]
            }
            """)
    }

    override func tearDown() { folder.remove() }

    func lint(_ path: String) throws -> [Finding] {
        var options = LintOptions()
        options.paths = [folder.path(path)]
        options.root = folder.path
        return try Linter(options: options).lint().findings
    }

    func testOneFileAloneGetsTheFindingsItGetsInTheWholeTree() throws {
        let alone = try lint("Sources/Game/Loot.swift")
        let whole = try lint(".").filter { $0.path == "Sources/Game/Loot.swift" }
        XCTAssertEqual(alone.map { "\($0.path):\($0.range) \($0.ruleID) \($0.message)" }, whole.map { "\($0.path):\($0.range) \($0.ruleID) \($0.message)" })
        // The generator type and both constants are known from the other files.
        XCTAssertEqual(alone.map { "\($0.range.start.line) \($0.ruleID)" }, ["2 key-created-inside", "3 modulo-bias"])
    }

    func testGeneratorTypesAndConstantsFromTheDeclarationPass() throws {
        var options = LintOptions()
        options.root = folder.path
        let facts = try Linter(options: options).projectFacts().facts
        XCTAssertEqual(facts.generatorTypes["Xorshift"], ProjectFacts.GeneratorType(name: "Xorshift", isValueType: true))
        XCTAssertNil(facts.generatorTypes["Pool"])
        XCTAssertEqual(facts.constants["Config.buckets"], .integer("48"))
        XCTAssertEqual(facts.constants["Xorshift.defaultSeed"]?.integerValue, 88172645463325252)
    }
}
