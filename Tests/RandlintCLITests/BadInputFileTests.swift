import Foundation
import RandLintTestSupport
import XCTest

/// The bad-input catalogue, files: each case runs the real binary over a scratch folder and
/// checks the message and the exit status. Never a crash, never a hang, never a silent skip.
final class BadInputFileTests: XCTestCase {
    var scratch: ScratchFolder!

    override func setUpWithError() throws { scratch = try ScratchFolder("bad-input") }
    override func tearDown() { scratch.remove() }

    func lint(_ arguments: [String], environment: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line) throws -> CLITests.Run {
        try CLITests.runWithoutCrash(arguments, in: scratch.url, environment: environment, file: file, line: line)
    }

    func writeBytes(_ path: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: scratch.url.appendingPathComponent(path))
    }

    static let seedSwift = "import Glibc\n@main struct App {\n  static func main() {\n    srand48(7)\n  }\n}\n"

    func testBinaryFilesNamedAsSourcesAreErrorsAndExitTwo() throws {
        let bytes = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 1) }  // has NUL bytes and invalid UTF-8
        try writeBytes("blob.swift", bytes)
        try writeBytes("blob.c", bytes)
        try scratch.write("app.swift", Self.seedSwift)
        let result = try lint(["."])
        XCTAssertEqual(result.status, 2, result.stdout)
        XCTAssertTrue(result.stdout.contains("blob.c: error: a binary file (a NUL byte on line 1); the file was not analyzed\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("blob.swift: error: a binary file (a NUL byte on line 1); the file was not analyzed\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("app.swift:4:5: warning[global-seed]"), "findings of the other files are still printed:\n\(result.stdout)")
        XCTAssertTrue(result.stdout.contains("1 finding (1 warning) in 1 of 1 file analyzed in "), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("; 2 files could not be analyzed\n"), result.stdout)
    }

    func testNULByteInSourceIsAnError() throws {
        try writeBytes("nul.swift", Array("import Glibc\nlet a = 1\u{0}\nsrand48(7)\n".utf8))
        let result = try lint(["nul.swift"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("nul.swift: error: a binary file (a NUL byte on line 2); the file was not analyzed"), result.stdout)
        XCTAssertTrue(result.stdout.contains("no findings in 0 files analyzed"), result.stdout)
    }

    func testInvalidUTF8NamesTheLine() throws {
        try writeBytes("latin1.c", Array("#include <stdlib.h>\n/* caf".utf8) + [0xE9] + Array(" */\nint main(void) { srand(1); }\n".utf8))
        let result = try lint(["latin1.c", "--format", "json"])
        XCTAssertEqual(result.status, 2)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let problems = try XCTUnwrap(json["problems"] as? [[String: String]])
        XCTAssertEqual(problems, [["path": "latin1.c", "message": "not valid UTF-8 (line 2); the file was not analyzed"]])
        let summary = try XCTUnwrap(json["summary"] as? [String: Int])
        XCTAssertEqual(summary["files_analyzed"], 0)
        XCTAssertEqual(summary["files_not_analyzed"], 1)
    }

    func testByteOrderMarkIsNotPartOfLineOne() throws {
        try writeBytes("bom.c", [0xEF, 0xBB, 0xBF] + Array("int main(void) { srand(1); return 0; }\n".utf8))
        try writeBytes("bom.swift", [0xEF, 0xBB, 0xBF] + Array("import Glibc; srand48(7)\n".utf8))
        let result = try lint([".", "--select", "global-seed"])
        XCTAssertEqual(result.status, 1, result.stdout)
        XCTAssertTrue(result.stdout.contains("bom.c:1:18: warning[global-seed]"), result.stdout)
        XCTAssertTrue(result.stdout.contains("    1 | int main(void) { srand(1); return 0; }\n      |                  ^~~~~~~~\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("bom.swift:1:15: warning[global-seed]"), result.stdout)
        XCTAssertTrue(result.stdout.contains("    1 | import Glibc; srand48(7)\n      |               ^~~~~~~~~~\n"), result.stdout)
    }

    /// Finding line, suppression line and code frame agree for `\r\n` and for a lone `\r`.
    func testCRLFAndLoneCRLineEndings() throws {
        for (name, ending) in [("crlf", "\r\n"), ("cr", "\r")] {
            try scratch.write("\(name).swift", ["import Glibc", "func f() {", "  // randlint:disable-next-line global-seed", "  srand48(1)", "  srand48(2)", "}", ""]
                .joined(separator: ending))
            try scratch.write("\(name).c", ["#include <stdlib.h>", "void f(void) {", "  // NOLINTNEXTLINE(randlint-global-seed)", "  srand(1);", "  srand(2);", "}", ""]
                .joined(separator: ending))
        }
        let result = try lint([".", "--select", "global-seed"])
        XCTAssertEqual(result.status, 1, result.stdout)
        for name in ["cr", "crlf"] {
            XCTAssertTrue(result.stdout.contains("\(name).swift:5:3: warning[global-seed]: srand48(2)"), result.stdout)
            XCTAssertTrue(result.stdout.contains("\(name).c:5:3: warning[global-seed]: srand(2)"), result.stdout)
        }
        XCTAssertTrue(result.stdout.contains("    5 |   srand48(2)\n      |   ^~~~~~~~~~\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("    5 |   srand(2);\n      |   ^~~~~~~~\n"), result.stdout)
        XCTAssertFalse(result.stdout.contains(":4:3:"), "the suppressed line 4 must stay silent:\n\(result.stdout)")
        XCTAssertTrue(result.stdout.contains("4 findings (4 warnings) in 4 of 4 files analyzed"), result.stdout)
    }

    /// 10 MB generated here (not committed): analyzed, the finding on the right line.
    func testTenMegabyteFiles() throws {
        let comment = "// " + String(repeating: "x", count: 77) + "\n"
        let count = 10 * 1024 * 1024 / comment.utf8.count
        let padding = String(repeating: comment, count: count)
        try scratch.write("big.swift", "import Glibc\n" + padding + "func f() { srand48(1) }\n")
        try scratch.write("big.c", "#include <stdlib.h>\n" + padding + "void f(void) { srand(1); }\n")
        let result = try lint([".", "--select", "global-seed", "--format", "gcc"])
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        XCTAssertEqual(result.stdout, """
        big.c:\(count + 2):16: warning: srand(1) seeds the process-wide generator: any other code that draws from or reseeds it changes the numbers this program gets [global-seed]
        big.swift:\(count + 2):12: warning: srand48(1) seeds the process-wide generator: any other code that draws from or reseeds it changes the numbers this program gets [global-seed]

        """)
    }

    /// 5,000 levels: analyzed on large stacks (they crashed with a stack overflow before).
    func testFiveThousandDeepNestingDoesNotOverflowTheStack() throws {
        let depth = 5_000
        try scratch.write("chain.swift", "import Glibc\nfunc f(x: Int) {\n" + String(repeating: "if x > 0 { srand48(1) } else ", count: depth) + "{ srand48(2) }\n}\n")
        try scratch.write("sum.swift", "import Glibc\nfunc f(x: Int) {\nlet y = x" + String(repeating: " + x", count: depth) + "\nsrand48(y)\n}\n")
        try scratch.write("chain.c", "#include <stdlib.h>\nvoid f(int x) {\n" + String(repeating: "if (x) srand(1); else ", count: depth) + "srand(2);\n}\n")
        try scratch.write("sum.c", "#include <stdlib.h>\nvoid f(int x) {\nint y = x" + String(repeating: " + x", count: depth) + ";\nsrand(y);\n}\n")
        let result = try lint([".", "--select", "global-seed", "--format", "json"])
        XCTAssertEqual(result.status, 1, result.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try XCTUnwrap(json["findings"] as? [[String: Any]])
        let byFile = Dictionary(grouping: findings) { $0["path"] as? String ?? "" }.mapValues(\.count)
        XCTAssertEqual(byFile, ["chain.c": depth + 1, "chain.swift": depth + 1, "sum.c": 1, "sum.swift": 1])
        XCTAssertEqual((json["problems"] as? [Any])?.count, 0)
    }

    /// Past swift-syntax's nesting limit the parser gives up: a note naming the line, counted as a
    /// partial parse, and the exit status does not change.
    func testNestingPastTheParserLimitIsANote() throws {
        try scratch.write("ifs.swift", "import Glibc\nfunc f(x: Int) {\n" + String(repeating: "if x > 0 {\n", count: 5_000) + "srand48(1)\n"
                          + String(repeating: "}\n", count: 5_000) + "}\n")
        let result = try lint(["ifs.swift", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["notes"] as? [String], ["ifs.swift:5003: srand48(…) is in code the parser could not read, so it was not analyzed"])
        XCTAssertEqual((json["summary"] as? [String: Int])?["files_partially_parsed"], 1)
        let text = try lint(["ifs.swift"])
        XCTAssertTrue(text.stdout.hasPrefix("note: ifs.swift:5003: srand48(…) is in code the parser could not read"), text.stdout)
        XCTAssertTrue(text.stdout.contains("; 1 file only partly parsed (see the notes)\n"), text.stdout)
    }

    /// Where the address space is limited (`ulimit -v`), the 1 GiB thread stacks are refused:
    /// randlint falls back to smaller ones instead of waiting forever for threads never started.
    func testLimitedAddressSpaceFallsBackToSmallerStacks() throws {
        try scratch.write("app.swift", Self.seedSwift)
        for i in 1...6 { try scratch.write("other\(i).swift", "let x = \(i)\n") }
        let result = try CLITests.runProgram("/usr/bin/timeout", ["60", "/bin/bash", "-c", "ulimit -v 3000000 && exec \"$0\" . --jobs 4 --select global-seed",
                                                                  CLITests.binary.path], in: scratch.url)
        XCTAssertEqual(result.status, 1, "124 is a hang:\n\(result.stdout)\(result.stderr)")
        XCTAssertTrue(result.stdout.contains("app.swift:4:5: warning[global-seed]"), result.stdout)
    }

    /// 5,000 nested blocks in C: clang stops at its bracket depth (256) and drops the rest of the
    /// file; randlint must not crash on what it gets. (Telling the user about the dropped code is
    /// the program model's dropped-call note, issue 9.)
    func testFiveThousandNestedBlocksInCDoNotCrash() throws {
        try scratch.write("blocks.c", "#include <stdlib.h>\nvoid f(int x) {\n" + String(repeating: "if (x) {\n", count: 5_000) + "srand(1);\n"
                          + String(repeating: "}\n", count: 5_000) + "}\n")
        let result = try lint(["blocks.c", "--select", "global-seed"])
        XCTAssertLessThan(result.status, 2, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains(" in 1 file analyzed (") || result.stdout.contains(" of 1 file analyzed in "), result.stdout)
    }

    /// Deeper than randlint can analyze safely: an error, not a crash.
    func testNestingBeyondTheLimitIsAnError() throws {
        try scratch.write("deep.swift", "import Glibc\nfunc f(x: Int) {\nlet y = x" + String(repeating: " + x", count: 40_000) + "\nsrand48(y)\n}\n")
        let result = try lint(["deep.swift"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("deep.swift: error: code nested about 40005 levels deep (more than 30000); the file was not analyzed\n"), result.stdout)
    }

    func testSymbolicLinkLoops() throws {
        try scratch.write("src/app.swift", Self.seedSwift)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("src/again"), withDestinationPath: ".")
        let folders = try lint(["src", "--select", "global-seed"])
        XCTAssertEqual(folders.status, 1, folders.stdout)
        XCTAssertTrue(folders.stdout.contains("note: src/again: the same folder as src (a symbolic link); not walked again\n"), folders.stdout)
        XCTAssertTrue(folders.stdout.contains("1 finding (1 warning) in 1 of 1 file analyzed"), "the file is linted once:\n\(folders.stdout)")

        try FileManager.default.createSymbolicLink(atPath: scratch.path("a.swift"), withDestinationPath: "b.swift")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("b.swift"), withDestinationPath: "a.swift")
        let files = try lint(["a.swift"])
        XCTAssertEqual(files.status, 2)
        XCTAssertTrue(files.stdout.contains("a.swift: error: cannot read the file: Too many levels of symbolic links\n"), files.stdout)
    }

    func testFolderNamedLikeASourceFileIsWalked() throws {
        try scratch.write("x.swift/inner.swift", Self.seedSwift)
        for path in [".", "x.swift"] {
            let result = try lint([path, "--select", "global-seed", "--format", "gcc"])
            XCTAssertEqual(result.status, 1, result.stdout)
            XCTAssertTrue(result.stdout.hasPrefix("x.swift/inner.swift:4:5: warning:"), result.stdout)
        }
    }

    /// A FIFO is never opened: a run that read it would wait forever for a writer.
    func testFIFOIsSkippedWithANote() throws {
        try scratch.write("app.swift", Self.seedSwift)
        XCTAssertEqual(mkfifo(scratch.path("pipe.swift"), 0o644), 0)
        for arguments in [["."], ["pipe.swift", "app.swift"]] {
            let result = try lint(arguments + ["--select", "global-seed"])
            XCTAssertEqual(result.status, 1, result.stdout)
            XCTAssertTrue(result.stdout.contains("note: pipe.swift: a FIFO, not a regular file; skipped\n"), result.stdout)
            XCTAssertTrue(result.stdout.contains("in 1 of 1 file analyzed"), result.stdout)
        }
    }

    /// A FIFO where a configuration file or an included header is expected: an error, not a hang
    /// (libclang would wait on the header forever).
    func testFIFOConfigurationOrHeaderIsAnError() throws {
        try scratch.write("a.c", "#include <stdlib.h>\n#include \"pipe.h\"\nint main(void) { srand(1); return 0; }\n")
        XCTAssertEqual(mkfifo(scratch.path("pipe.h"), 0o644), 0)
        let header = try lint(["a.c"])
        XCTAssertEqual(header.status, 2, header.stdout)
        XCTAssertTrue(header.stdout.contains("a.c: error: includes pipe.h, which is not a regular file (a FIFO); the file was not analyzed\n"), header.stdout)

        XCTAssertEqual(mkfifo(scratch.path(".randlint.yml"), 0o644), 0)
        let configuration = try lint(["a.c"])
        XCTAssertEqual(configuration.status, 2)
        XCTAssertEqual(configuration.stderr, "randlint: error: .randlint.yml: cannot read the configuration file\n")
    }

    /// chmod 000 does not stop root from reading: as root, randlint runs as the unprivileged
    /// user 65534 (setpriv), for whom the file is unreadable.
    func testUnreadableFileIsAnError() throws {
        try scratch.write("secret.swift", Self.seedSwift)
        XCTAssertEqual(chmod(scratch.path("secret.swift"), 0), 0)
        defer { chmod(scratch.path("secret.swift"), 0o644) }
        let result: CLITests.Run
        if getuid() == 0 {
            let drop = ["--reuid=65534", "--regid=65534", "--clear-groups", CLITests.binary.path]
            let probe = try CLITests.runProgram("/usr/bin/setpriv", drop + ["--version"], in: scratch.url)
            try XCTSkipIf(probe.status != 0, "running as root and user 65534 cannot run \(CLITests.binary.path): \(probe.stderr)")
            result = try CLITests.runProgram("/usr/bin/setpriv", drop + ["."], in: scratch.url)
        } else {
            result = try lint(["."])
        }
        XCTAssertEqual(result.status, 2, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("secret.swift: error: cannot read the file: Permission denied\n"), result.stdout)
    }

    func testEmptyFilesAreAnalyzedAndClean() throws {
        try scratch.write("empty.swift", "")
        try scratch.write("empty.c", "")
        let result = try lint(["."])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertTrue(result.stdout.hasPrefix("no findings in 2 files analyzed ("), result.stdout)
    }
}
