import Foundation
import XCTest

/// Compiles every code block marked `after` in the RandomKeys documentation: fenced blocks
/// whose info string is `swift after <rule-id>` (compiled with `swiftc -parse-as-library -c`
/// against the RandomKeys module) or `c after <rule-id>` (compiled with
/// `cc -std=c99 -Wall -Wextra -Werror -c` against randomkeys.h). The section lives in
/// `Docs/RandomKeys.md` and, once merged, in `README.md`; both are checked when present.
final class DocSnippetTests: XCTestCase {
    struct Snippet { var language: String; var rule: String; var code: String; var origin: String }

    static let coreRules = ["global-seed", "mid-program-reseed", "key-reuse", "key-created-inside"]

    static func snippets(in text: String, origin: String) -> [Snippet] {
        var result: [Snippet] = []
        var current: Snippet?
        var startLine = 0
        for (number, line) in text.components(separatedBy: "\n").enumerated() {
            if var open = current {
                if line.trimmingCharacters(in: .whitespaces) == "```" {
                    result.append(open)
                    current = nil
                } else {
                    open.code += line + "\n"
                    current = open
                }
            } else if line.hasPrefix("```") {
                let info = line.dropFirst(3).split(separator: " ").map(String.init)
                if info.count >= 2, info[1] == "after", ["swift", "c"].contains(info[0]) {
                    startLine = number + 1
                    current = Snippet(language: info[0], rule: info.count > 2 ? info[2] : "",
                                      code: "", origin: "\(origin):\(startLine + 1)")
                }
            }
        }
        return result
    }

    func testAfterSnippetsCompile() throws {
        var snippets: [Snippet] = []
        for file in ["Docs/RandomKeys.md", "README.md"] {
            let url = Repo.file(file)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            snippets += Self.snippets(in: text, origin: file)
        }
        XCTAssertFalse(snippets.isEmpty, "no ```swift after blocks in Docs/RandomKeys.md or README.md")
        for rule in Self.coreRules {
            XCTAssertTrue(snippets.contains { $0.language == "swift" && $0.rule == rule },
                          "no compiled 'after' example for \(rule)")
        }
        var compiledCode = Set<String>()
        for (index, snippet) in snippets.enumerated() where compiledCode.insert(snippet.language + snippet.code).inserted {
            switch snippet.language {
            case "swift":
                let result = try Toolchain.compileAgainstRandomKeys(snippet.code, name: "snippet\(index)")
                XCTAssertEqual(result.status, 0, "\(snippet.origin) (\(snippet.rule)) does not compile:\n\(result.stderr)")
            default:
                try compileC(snippet, index: index)
            }
        }
        print("documentation: compiled \(compiledCode.count) 'after' snippets")
    }

    private func compileC(_ snippet: Snippet, index: Int) throws {
        guard let cc = Toolchain.onPath("cc") ?? Toolchain.onPath("clang") ?? Toolchain.onPath("gcc") else {
            XCTFail("no C compiler (cc) on PATH"); return
        }
        let dir = try Toolchain.temporaryDirectory("csnippet")
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("snippet\(index).c")
        try snippet.code.write(to: source, atomically: true, encoding: .utf8)
        let result = try Toolchain.run(cc, ["-std=c99", "-Wall", "-Wextra", "-Werror", "-c",
                                            "-I", Repo.file("Sources/CRandomKeys/include").path,
                                            source.path, "-o", dir.appendingPathComponent("snippet.o").path])
        XCTAssertEqual(result.status, 0, "\(snippet.origin) (\(snippet.rule)) does not compile:\n\(result.stderr)")
    }
}
