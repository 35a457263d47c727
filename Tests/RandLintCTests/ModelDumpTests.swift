import Foundation
import RandLintC
import RandLintCore
import RandLintTestSupport
import XCTest

/// Golden dumps of the C front end: every `Models/NAME.c` is modelled (with the project headers
/// it includes) and the dumps compared with `Models/NAME.model`. `RECORD_MODELS=1 swift test …`
/// rewrites the `.model` files (check every recorded dump by hand before keeping it).
///
/// libclang is required: when it is missing these tests fail with the install hint (CI installs
/// libclang-dev), they are not skipped.
final class ModelDumpTests: XCTestCase {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let modelsDirectory = testsDirectory.appendingPathComponent("Models")
    static let repositoryRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    static func frontEnd() throws -> CFrontEnd {
        // The main file is handed over as unsaved text under a relative name; its folder is found
        // through -I so that its own headers resolve wherever the tests run from.
        try CFrontEnd(catalogs: GoldenModels.repositoryCatalogs(root: repositoryRoot), extraEntryPoints: ["test_entry"], compileFlags: ["-I" + modelsDirectory.path])
    }

    /// The dumps of every model of one file, then the count of missing headers.
    static func dump(_ result: CParseResult) -> String {
        var text = result.models.map(\.dump).joined(separator: "\n")
        text += "missing-headers \(result.missingHeaders)\n"
        if let error = result.error { text += "error \(error)\n" }
        return text.replacingOccurrences(of: modelsDirectory.path + "/", with: "Models/")
            .replacingOccurrences(of: "Tests/RandLintCTests/Models/", with: "Models/")
    }

    func testGoldenModels() throws {
        let frontEnd = try Self.frontEnd()
        let problems = try GoldenModels.mismatches(in: Self.modelsDirectory, sourceExtension: ".c") { name, source in
            Self.dump(frontEnd.models(path: "Models/" + name, source: source))
        }
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }
}
