import Foundation
import RandLintCore
import RandLintEngine
import XCTest

/// The RandomKeys catalogs list every draw the library has, so key-reuse sees all of them.
final class RandomKeysCatalogTests: XCTestCase {
    func names(in catalog: String) throws -> Set<String> {
        let catalogs = try BuiltinCatalogs.load()
        return Set(try XCTUnwrap(catalogs.first { $0.name == catalog }).apis.map(\.name))
    }

    func testEveryKeyFunctionOfTheHeaderIsListed() throws {
        let header = try String(contentsOf: EngineTests.root.appendingPathComponent("Sources/CRandomKeys/include/randomkeys.h"), encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"^static inline [^(]*?\b(rk_[a-z0-9][a-z0-9_]*)\(rk_key k\b"#, options: .anchorsMatchLines)
        let functions = pattern.matches(in: header, range: NSRange(header.startIndex..., in: header)).compactMap {
            Range($0.range(at: 1), in: header).map { String(header[$0]) }
        }
        XCTAssertGreaterThan(functions.count, 40, "the pattern should find the header's key functions")
        let listed = try names(in: "randomkeys-c")
        XCTAssertEqual(Set(functions).subtracting(listed).sorted(), [], "randomkeys.h functions missing from Rules/randomkeys-c.yml")
    }

    func testEveryRandomKeyMethodIsListed() throws {
        let folder = EngineTests.root.appendingPathComponent("Sources/RandomKeys")
        var methods = Set<String>()
        let pattern = try NSRegularExpression(pattern: #"^    public (?:consuming |borrowing )?func ([a-z][A-Za-z0-9]*)"#, options: .anchorsMatchLines)
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasPrefix("RandomKey+") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { methods.insert(String(text[range])) }
            }
        }
        XCTAssertGreaterThan(methods.count, 30, "the pattern should find RandomKey's methods")
        // encode(to:) is Codable; the rest draw, split or fold
        let listed = try names(in: "randomkeys").union(["encode"])
        XCTAssertEqual(methods.subtracting(listed).sorted(), [], "RandomKey methods missing from Rules/randomkeys.yml")
    }
}
