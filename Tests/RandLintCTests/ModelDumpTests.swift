import Foundation
import RandLintC
import RandLintCore
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

    static func catalogs() throws -> CatalogSet {
        let rules = repositoryRoot.appendingPathComponent("Rules")
        let files = try FileManager.default.contentsOfDirectory(atPath: rules.path).filter { $0.hasSuffix(".yml") }.sorted()
        return CatalogSet(try files.map { file in
            try Catalog.parse(String(contentsOf: rules.appendingPathComponent(file), encoding: .utf8), path: "Rules/" + file)
        })
    }

    static func frontEnd() throws -> CFrontEnd {
        // The main file is handed over as unsaved text under a relative name; its folder is found
        // through -I so that its own headers resolve wherever the tests run from.
        try CFrontEnd(catalogs: catalogs(), extraEntryPoints: ["test_entry"], compileFlags: ["-I" + modelsDirectory.path])
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
        let record = ProcessInfo.processInfo.environment["RECORD_MODELS"] == "1"
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.modelsDirectory.path).filter { $0.hasSuffix(".c") }.sorted()
        XCTAssertFalse(files.isEmpty, "no models under \(Self.modelsDirectory.path)")
        for file in files {
            let source = try String(contentsOf: Self.modelsDirectory.appendingPathComponent(file), encoding: .utf8)
            let dump = Self.dump(frontEnd.models(path: "Models/" + file, source: source))
            let golden = Self.modelsDirectory.appendingPathComponent(String(file.dropLast(2)) + ".model")
            if record {
                try dump.write(to: golden, atomically: true, encoding: .utf8)
                continue
            }
            guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
                XCTFail("\(golden.lastPathComponent) is missing; run with RECORD_MODELS=1 and check it by hand")
                continue
            }
            if expected != dump {
                XCTFail("\(file): the model differs from \(golden.lastPathComponent) (- expected, + actual):\n" + Self.diff(expected, dump))
            }
        }
    }

    /// A line diff (LCS) of two small texts.
    static func diff(_ a: String, _ b: String) -> String {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false)
        let y = b.split(separator: "\n", omittingEmptySubsequences: false)
        var lcs = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                lcs[i][j] = x[i] == y[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var out: [String] = []
        var i = 0, j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] { out.append("  " + x[i]); i += 1; j += 1 }
            else if j < y.count, i == x.count || lcs[i][j + 1] >= lcs[i + 1][j] { out.append("+ " + y[j]); j += 1 }
            else { out.append("- " + x[i]); i += 1 }
        }
        return out.joined(separator: "\n")
    }
}
