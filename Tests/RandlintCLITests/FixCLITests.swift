import Foundation
import RandLintTestSupport
import XCTest

/// `--fix`, `--unsafe-fixes` and `--diff` through the real binary: what is written, what is
/// kept (permissions, a byte order mark, files nobody asked to fix), what is printed, the exit
/// status, and that a killed run leaves every file whole.
final class FixCLITests: XCTestCase {
    static let cSource = """
        #include <stdlib.h>

        double width(int bins) {
            double span = RAND_MAX + 1;
            return span / bins;
        }

        int coin(double p) {
            return rand() / RAND_MAX < p;
        }

        """

    func run(_ arguments: [String], in folder: ScratchFolder) throws -> CLITests.Run {
        try CLITests.runWithoutCrash(arguments, in: folder.url)
    }

    func read(_ folder: ScratchFolder, _ name: String) throws -> String {
        try String(contentsOfFile: folder.path(name), encoding: .utf8)
    }

    func testFixAppliesSafeFixesOnlyKeepsPermissionsAndIsIdempotent() throws {
        let folder = try ScratchFolder("fix")
        defer { folder.remove() }
        try folder.write("width.c", Self.cSource)
        XCTAssertEqual(chmod(folder.path("width.c"), 0o640), 0)
        let first = try run(["--fix", "width.c"], in: folder)
        XCTAssertEqual(first.status, 1, "findings remain:\n\(first.stdout)\(first.stderr)")
        let fixed = try read(folder, "width.c")
        XCTAssertTrue(fixed.contains("double span = RAND_MAX + 1.0;"), fixed)
        XCTAssertTrue(fixed.contains("return rand() / RAND_MAX < p;"), "an unsafe fix was applied without --unsafe-fixes:\n\(fixed)")
        XCTAssertEqual(fixed, Self.cSource.replacingOccurrences(of: "RAND_MAX + 1;", with: "RAND_MAX + 1.0;"))
        XCTAssertTrue(first.stdout.contains("fixed 1 finding in 1 file"), first.stdout)
        XCTAssertTrue(first.stdout.contains("1 with --fix --unsafe-fixes"), first.stdout)
        XCTAssertFalse(first.stdout.contains("width.c:4:"), "the fixed finding is still reported:\n\(first.stdout)")
        var info = stat()
        XCTAssertEqual(stat(folder.path("width.c"), &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o640)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["width.c"], "a temporary file was left behind")

        let second = try run(["--fix", "width.c"], in: folder)
        XCTAssertEqual(try read(folder, "width.c"), fixed, "a second --fix changed the file")
        XCTAssertFalse(second.stdout.contains("fixed"), second.stdout)
    }

    func testUnsafeFixesAreAppliedOnRequest() throws {
        let folder = try ScratchFolder("fix-unsafe")
        defer { folder.remove() }
        try folder.write("width.c", Self.cSource)
        try folder.write("untouched.c", "int zero(void) { return 0; }\n")
        let result = try run(["--fix", "--unsafe-fixes", "."], in: folder)
        let fixed = try read(folder, "width.c")
        XCTAssertTrue(fixed.contains("RAND_MAX + 1.0;") && fixed.contains("return (double)rand() / RAND_MAX < p;"), fixed)
        XCTAssertTrue(result.stdout.contains("fixed 2 findings in 1 file"), result.stdout)
        XCTAssertEqual(try read(folder, "untouched.c"), "int zero(void) { return 0; }\n")
    }

    func testDiffPrintsTheChangeAndWritesNothing() throws {
        let folder = try ScratchFolder("fix-diff")
        defer { folder.remove() }
        try folder.write("width.c", Self.cSource)
        let result = try run(["--diff", "width.c"], in: folder)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stdout, """
            --- a/width.c
            +++ b/width.c
            @@ -1,7 +1,7 @@
             #include <stdlib.h>
             
             double width(int bins) {
            -    double span = RAND_MAX + 1;
            +    double span = RAND_MAX + 1.0;
                 return span / bins;
             }
             

            """)
        XCTAssertTrue(result.stderr.contains("would change 1 file(s) and resolve 1 finding(s)"), result.stderr)
        XCTAssertEqual(try read(folder, "width.c"), Self.cSource)

        try folder.write("clean.c", "int zero(void) { return 0; }\n")
        let clean = try run(["--diff", "clean.c"], in: folder)
        XCTAssertEqual(clean.status, 0)
        XCTAssertEqual(clean.stdout, "")
        XCTAssertTrue(clean.stderr.contains("no fixes to apply"), clean.stderr)
    }

    func testFlagsThatDoNotGoTogetherAreUsageErrors() throws {
        let folder = try ScratchFolder("fix-flags")
        defer { folder.remove() }
        try folder.write("width.c", Self.cSource)
        for arguments in [["--unsafe-fixes", "width.c"], ["--fix", "--diff", "width.c"], ["--fix", "--write-baseline", "b.json", "width.c"]] {
            let result = try run(arguments, in: folder)
            XCTAssertEqual(result.status, 2, "\(arguments)")
            XCTAssertTrue(result.stderr.hasPrefix("randlint: error: "), result.stderr)
        }
        XCTAssertEqual(try read(folder, "width.c"), Self.cSource)
    }

    /// A fix whose result would not parse (the split would land inside a continued expression)
    /// is dropped with a note naming the place; the file stays as it was.
    func testAFixThatWouldNotParseIsDroppedWithANote() throws {
        let folder = try ScratchFolder("fix-parse")
        defer { folder.remove() }
        let source = "import RandomKeys\n\nfunc f(key: RandomKey) -> Double {\n    let total = 1.0 +\n        key.uniform()\n    return total + key.uniform()\n}\n"
        try folder.write("f.swift", source)
        let result = try run(["--fix", "--unsafe-fixes", "f.swift"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("note: f.swift:6: the key-reuse fix was not offered: the fixed file would not parse"), result.stdout)
        XCTAssertFalse(result.stdout.contains("= fix:"), result.stdout)
        XCTAssertEqual(try read(folder, "f.swift"), source)
    }

    /// `randlint explain` says what a rule's fix writes, or that it has none.
    func testExplainSaysWhatTheFixWrites() throws {
        let withFix = try CLITests.runWithoutCrash(["explain", "modulo-bias"], in: CLITests.root)
        XCTAssertTrue(withFix.stdout.contains("Fix (--fix)\nunsafe, where the draw itself is the operand"), withFix.stdout)
        let without = try CLITests.runWithoutCrash(["explain", "global-seed"], in: CLITests.root)
        XCTAssertTrue(without.stdout.contains("Fix (--fix)\nnone: "), without.stdout)
    }

    /// A file with no randomness at all still gets its stale disable comments removed.
    func testStaleCommentInAFileWithoutRandomnessIsRemoved() throws {
        let folder = try ScratchFolder("fix-stale")
        defer { folder.remove() }
        try folder.write("plain.swift", "let answer = 42 // randlint:disable-line key-reuse\nprint(answer)\n")
        let result = try run(["--enable", "unused-suppression", "--fix", "plain.swift"], in: folder)
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertTrue(result.stdout.contains("fixed 1 finding in 1 file"), result.stdout)
        XCTAssertEqual(try read(folder, "plain.swift"), "let answer = 42\nprint(answer)\n")
    }

    func testByteOrderMarkIsKept() throws {
        let folder = try ScratchFolder("fix-bom")
        defer { folder.remove() }
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(Self.cSource.utf8)
        try Data(bytes).write(to: folder.url.appendingPathComponent("width.c"))
        _ = try run(["--fix", "width.c"], in: folder)
        let after = try [UInt8](Data(contentsOf: folder.url.appendingPathComponent("width.c")))
        XCTAssertEqual(Array(after.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(String(decoding: after.dropFirst(3), as: UTF8.self), Self.cSource.replacingOccurrences(of: "RAND_MAX + 1;", with: "RAND_MAX + 1.0;"))
    }

    /// `kill -9` while `--fix` writes many files: every file is the old or the new text, never
    /// a mix, a truncation or nothing.
    func testKilledMidWriteLeavesEveryFileWhole() throws {
        let folder = try ScratchFolder("fix-kill")
        defer { folder.remove() }
        let original = """
            func roll(using rng: inout some RandomNumberGenerator) -> Int {
                let face = Int.random(in: 1...6)
                return face
            }

            """ + String(repeating: "// padding so that each write takes a moment\n", count: 200)
        let expected = original.replacingOccurrences(of: "Int.random(in: 1...6)", with: "Int.random(in: 1...6, using: &rng)")
        let count = 200
        let names = (0..<count).map { String(format: "f%03d.swift", $0) }
        var killedMidWrite = 0
        for attempt in 0..<3 {
            for name in names { try folder.write(name, original) }
            let process = Process()
            process.executableURL = CLITests.binary
            process.arguments = ["--fix", "--unsafe-fixes", "--jobs", "2", "."]
            process.currentDirectoryURL = folder.url
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Kill as soon as the first file (writes go in path order) has changed, later each attempt.
            let first = folder.path(names[attempt * 40])
            let deadline = Date().addingTimeInterval(120)
            while process.isRunning, Date() < deadline {
                if let text = try? String(contentsOfFile: first, encoding: .utf8), text != original { break }
                usleep(200)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            var fixedCount = 0
            for name in names {
                let text = try read(folder, name)
                XCTAssertTrue(text == original || text == expected, "\(name) is neither the old nor the new text (\(text.utf8.count) bytes)")
                if text == expected { fixedCount += 1 }
            }
            if fixedCount > 0 && fixedCount < count { killedMidWrite += 1 }
        }
        XCTAssertGreaterThan(killedMidWrite, 0, "no attempt was killed while files were being written")
    }

    /// `--fix --unsafe-fixes` over a copy of the examples rewrites them into code that still
    /// compiles: Swift type-checked against the RandomKeys module, C with randomkeys.h.
    func testFixedExamplesStillCompile() throws {
        let folder = try ScratchFolder("fix-examples")
        defer { folder.remove() }
        let root = CLITests.root
        for example in ["monte-carlo", "particles-c"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent("Examples/\(example)"), to: folder.url.appendingPathComponent(example))
        }
        let include = root.appendingPathComponent("Sources/CRandomKeys/include").path
        let swiftFiles = ["main.swift", "Simulation.swift", "Sampling.swift"].map { folder.path("monte-carlo/\($0)") }
        let cFiles = ["main.c", "particles.c"].map { folder.path("particles-c/\($0)") }
        let swiftc = try XCTUnwrap(ToolPaths.swiftc, "no swiftc next to swift on PATH")
        let cc = try XCTUnwrap(ToolPaths.onPath("cc") ?? ToolPaths.onPath("clang"), "no C compiler on PATH")
        let modules = CLITests.binary.deletingLastPathComponent().appendingPathComponent("Modules").path
        let kernels = root.appendingPathComponent("Sources/RandomKeysKernels/include").path
        func compile() throws {
            let swift = try CLITests.runProgram(swiftc, ["-typecheck", "-I", modules, "-I", kernels] + swiftFiles, in: folder.url)
            XCTAssertEqual(swift.status, 0, "swiftc -typecheck failed:\n\(swift.stderr)")
            let c = try CLITests.runProgram(cc, ["-std=c11", "-fsyntax-only", "-I", include] + cFiles, in: folder.url)
            XCTAssertEqual(c.status, 0, "cc -fsyntax-only failed:\n\(c.stderr)")
        }
        try compile()
        let before = try (swiftFiles + cFiles).map { try String(contentsOfFile: $0, encoding: .utf8) }
        let result = try run(["--fix", "--unsafe-fixes", "--c-flag", "-I" + include, "."], in: folder)
        XCTAssertTrue(result.stdout.contains("fixed "), result.stdout)
        let after = try (swiftFiles + cFiles).map { try String(contentsOfFile: $0, encoding: .utf8) }
        XCTAssertTrue(after[2].contains("key.fold(in: i).uniform()"), after[2])
        XCTAssertTrue(after[4].contains("rk_bounded(key, cells)") && after[4].contains("rk_fold_in(rk_key_from_seed(seed), worker)"), after[4])
        XCTAssertNotEqual(before, after)
        try compile()
    }
}
