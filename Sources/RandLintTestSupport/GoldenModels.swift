import Foundation
import RandLintCore

/// Golden model dumps shared by the front-end tests: every `Models/NAME.<ext>` source is
/// modelled and its dump compared with `Models/NAME.model`. With `RECORD_MODELS=1` the
/// `.model` files are rewritten instead (check every recorded dump by hand before keeping it).
public enum GoldenModels {
    /// The catalogs of the repository's `Rules/` folder, read from disk (not the embedded copy).
    public static func repositoryCatalogs(root: URL) throws -> CatalogSet {
        let rules = root.appendingPathComponent("Rules")
        let files = try FileManager.default.contentsOfDirectory(atPath: rules.path).filter { $0.hasSuffix(".yml") }.sorted()
        return CatalogSet(try files.map { file in
            try Catalog.parse(String(contentsOf: rules.appendingPathComponent(file), encoding: .utf8), path: "Rules/" + file)
        })
    }

    /// One message per mismatch (with a line diff), empty when every dump matches its golden file.
    /// `dump` gets the source's name (without a trailing `.txt`) and its text.
    public static func mismatches(in directory: URL, sourceExtension: String, dump: (String, String) throws -> String) throws -> [String] {
        let record = ProcessInfo.processInfo.environment["RECORD_MODELS"] == "1"
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(sourceExtension) || $0.hasSuffix(sourceExtension + ".txt") }.sorted()
        guard !files.isEmpty else { return ["no *\(sourceExtension) models under \(directory.path)"] }
        var problems: [String] = []
        for file in files {
            let name = file.hasSuffix(".txt") ? String(file.dropLast(4)) : file
            let text = try dump(name, try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8))
            let golden = directory.appendingPathComponent(String(name.dropLast(sourceExtension.count)) + ".model")
            if record {
                try text.write(to: golden, atomically: true, encoding: .utf8)
            } else if let expected = try? String(contentsOf: golden, encoding: .utf8) {
                if expected != text {
                    problems.append("\(file): the model differs from \(golden.lastPathComponent) (- expected, + actual):\n" + diff(expected, text))
                }
            } else {
                problems.append("\(golden.lastPathComponent) is missing; run with RECORD_MODELS=1 and check it by hand")
            }
        }
        return problems
    }

    /// A line diff (LCS) of two small texts.
    public static func diff(_ a: String, _ b: String) -> String {
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
