import Foundation
import RandLintCore
import RandLintSwift
import RandLintTestSupport
import XCTest

/// Golden dumps: every `Models/NAME.swift` (or `NAME.swift.txt`, so SwiftPM does not compile it) is
/// modelled and its dump compared with `Models/NAME.model`. `RECORD_MODELS=1 swift test …` rewrites
/// the `.model` files (check every recorded dump by hand before keeping it).
final class ModelDumpTests: XCTestCase {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let modelsDirectory = testsDirectory.appendingPathComponent("Models")
    static let repositoryRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    static func frontEnd() throws -> SwiftFrontEnd {
        SwiftFrontEnd(catalogs: try GoldenModels.repositoryCatalogs(root: repositoryRoot), extraEntryPoints: ["configuredEntry", "Runner.start"])
    }

    func testGoldenModels() throws {
        let frontEnd = try Self.frontEnd()
        let problems = try GoldenModels.mismatches(in: Self.modelsDirectory, sourceExtension: ".swift") { name, source in
            frontEnd.model(path: name, source: source).dump
        }
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }
}
