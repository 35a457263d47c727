import Dispatch
import Foundation
@testable import RandLintC
import RandLintCore
import RandLintTestSupport
import XCTest

/// The C front end beyond the golden dumps: finding libclang, compile databases, unsaved text,
/// recovery, and concurrent use.
final class FrontEndTests: XCTestCase {
    func frontEnd(flags: [String] = [], database: String? = nil) throws -> CFrontEnd {
        try CFrontEnd(catalogs: GoldenModels.repositoryCatalogs(root: ModelDumpTests.repositoryRoot), compileFlags: flags, compileDatabase: database)
    }

    func events(_ model: FileModel) -> [Event] {
        var events: [Event] = []
        for function in model.functions { EventWalk.forEach(function.body) { event, _ in events.append(event) } }
        return events
    }

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("randlint-c-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    // MARK: - Finding libclang

    func testEnvironmentOverrideComesFirstAndAlone() {
        XCTAssertEqual(LibClang.candidates(environment: ["RANDLINT_LIBCLANG": "/opt/llvm/lib/libclang.so"]), ["/opt/llvm/lib/libclang.so"])
    }

    func testNewestVersionFirst() {
        let found: [(version: [Int], path: String)] = [([0], "/usr/lib/libclang.so"), ([14], "/usr/lib/llvm-14/lib/libclang.so.1"),
                                                       ([17], "/usr/lib/llvm-17/lib/libclang.so.1"), ([14], "/usr/lib/x86_64-linux-gnu/libclang-14.so.1")]
        XCTAssertEqual(LibClang.newestFirst(found), ["/usr/lib/llvm-17/lib/libclang.so.1", "/usr/lib/llvm-14/lib/libclang.so.1",
                                                     "/usr/lib/x86_64-linux-gnu/libclang-14.so.1", "/usr/lib/libclang.so"])
    }

    func testMissingLibclangSaysWhatToInstall() {
        let error = LibClang.missingError(failures: [])
        XCTAssertTrue(error.description.hasPrefix("C analysis needs libclang: install libclang-dev"), error.description)
        XCTAssertTrue(error.description.contains("RANDLINT_LIBCLANG"))
        XCTAssertFalse(error.description.contains("\n"))
        XCTAssertTrue(LibClang.missingError(failures: ["/x/libclang.so: cannot open"]).description.contains("/x/libclang.so: cannot open"))
    }

    func testThisMachineHasLibclang() throws {
        // CI installs libclang-dev: without it every C test fails here, with the install hint.
        let frontEnd = try frontEnd()
        XCTAssertTrue(frontEnd.libclangPath.contains("clang"), frontEnd.libclangPath)
    }

    // MARK: - Parsing

    func testUnsavedTextIsWhatGetsParsed() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("editor.c").path
        try "int main(void) { return 0; }\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try frontEnd().models(path: path, source: "#include <stdlib.h>\nint main(void) { srand(1); return rand(); }\n")
        XCTAssertEqual(result.models.map(\.path), [path])
        XCTAssertEqual(events(result.models[0]).map(\.api), ["srand", "rand", "return"])
    }

    func testBrokenCodeAndMissingHeadersDoNotStopAnalysis() throws {
        let source = """
            #include <stdlib.h>
            #include "nowhere.h"
            #include "also/nowhere.h"
            void broken(void) { int x = ; undefined_thing(1, ); unknown_type y = 2; }
            int main(void) { srand(3); return rand(); }
            """
        let result = try frontEnd().models(path: "broken.c", source: source)
        XCTAssertNil(result.error)
        XCTAssertEqual(result.missingHeaders, 2)
        XCTAssertEqual(result.models.first?.functions.map(\.name), ["broken", "main"])
        XCTAssertEqual(result.models.first.map(events)?.map(\.api), ["srand", "rand", "return"])
    }

    func testCompileFlagsReachThePreprocessor() throws {
        let source = "#include <stdlib.h>\nint main(void) {\n#ifdef USE_GLOBAL\n    srand(1);\n#endif\n    return 0;\n}\n"
        XCTAssertEqual(try frontEnd().models(path: "flags.c", source: source).models.first.map(events)?.count, 0)
        XCTAssertEqual(try frontEnd(flags: ["-DUSE_GLOBAL"]).models(path: "flags.c", source: source).models.first.map(events)?.count, 1)
    }

    func testCompileDatabaseSuppliesIncludePathsAndDefines() throws {
        let dir = try temporaryDirectory()
        let include = dir.appendingPathComponent("config")
        try FileManager.default.createDirectory(at: include, withIntermediateDirectories: true)
        try "#include <stdlib.h>\n#define SEED_CALL(x) srand(x)\n".write(to: include.appendingPathComponent("seeding.h"), atomically: true, encoding: .utf8)
        let source = "#include \"seeding.h\"\nvoid setup(void) {\n#if LEVEL > 1\n    SEED_CALL(9);\n#endif\n}\n"
        let main = dir.appendingPathComponent("src/setup.c")
        try FileManager.default.createDirectory(at: main.deletingLastPathComponent(), withIntermediateDirectories: true)
        try source.write(to: main, atomically: true, encoding: .utf8)
        let commands = """
            [{"directory": "\(dir.path)", "file": "src/setup.c",
              "command": "cc -DLEVEL=2 -Iconfig -O2 -MD -MF build/setup.d -c src/setup.c -o build/setup.o"}]
            """
        try commands.write(to: dir.appendingPathComponent("compile_commands.json"), atomically: true, encoding: .utf8)

        let without = try frontEnd().models(path: main.path, source: source)
        XCTAssertEqual(without.missingHeaders, 1)
        XCTAssertEqual(without.models.first.map(events)?.count, 0)

        let workingDirectory = FileManager.default.currentDirectoryPath
        for database in [dir.path, dir.appendingPathComponent("compile_commands.json").path] {
            let with = try frontEnd(database: database).models(path: main.path, source: source)
            // Other files are being analyzed at the same time: the process's directory must not move.
            XCTAssertEqual(FileManager.default.currentDirectoryPath, workingDirectory)
            XCTAssertEqual(with.missingHeaders, 0, database)
            let seen = with.models.first.map(events) ?? []
            XCTAssertEqual(seen.map(\.api), ["srand"], database)
            XCTAssertEqual(seen.first?.macro, "SEED_CALL")
            XCTAssertEqual(seen.first?.range.start.line, 4)
            XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("build/setup.d").path))
        }
    }

    func testCompileDatabaseCommandSplitting() {
        XCTAssertEqual(CompileDatabase.split(#"cc -DNAME="a b" -I'x y' a\ b.c"#), ["cc", "-DNAME=a b", "-Ix y", "a b.c"])
        XCTAssertEqual(CompileDatabase.clean(["cc", "-c", "a.c", "-o", "a.o", "-Iinc", "-MD", "-MF", "a.d"], file: "a.c", absoluteFile: "/p/a.c", directory: "/p"),
                       ["-I/p/inc"])
        XCTAssertEqual(CompileDatabase.clean(["cc", "-I", "../inc", "-isystem", "sys", "-iquote./q", "-I/abs", "-include", "cfg.h",
                                              "--sysroot=root", "-working-directory", "/elsewhere", "-DX=1", "-c", "a.c"],
                                             file: "a.c", absoluteFile: "/p/b/a.c", directory: "/p/b"),
                       ["-I", "/p/inc", "-isystem", "/p/b/sys", "-iquote/p/b/q", "-I/abs", "-include", "/p/b/cfg.h", "--sysroot=/p/b/root", "-DX=1"])
    }

    /// libclang 14 applies `-working-directory` with a process-wide chdir; parsing a file from a
    /// compile database must leave the process where it was (relative paths are read after it).
    func testCompileDatabaseLeavesTheWorkingDirectoryAlone() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("inc"), withIntermediateDirectories: true)
        try "#include <stdlib.h>\n#define RESEED() srand(3)\n".write(to: dir.appendingPathComponent("inc/reseed.h"), atomically: true, encoding: .utf8)
        let source = "#include \"reseed.h\"\nvoid setup(void) { RESEED(); }\n"
        let main = dir.appendingPathComponent("setup.c")
        try source.write(to: main, atomically: true, encoding: .utf8)
        try #"[{"directory": "\#(dir.path)", "file": "setup.c", "arguments": ["cc", "-Iinc", "-c", "setup.c"]}]"#
            .write(to: dir.appendingPathComponent("compile_commands.json"), atomically: true, encoding: .utf8)
        let before = FileManager.default.currentDirectoryPath
        let result = try frontEnd(database: dir.path).models(path: main.path, source: source)
        XCTAssertEqual(FileManager.default.currentDirectoryPath, before)
        XCTAssertEqual(result.missingHeaders, 0)
        XCTAssertEqual(result.models.first.map(events)?.map(\.api), ["srand"])
    }

    func testMissingCompileDatabaseIsAUsageError() {
        XCTAssertThrowsError(try frontEnd(database: "/nonexistent/compile_commands.json")) { error in
            XCTAssertTrue("\(error)".contains("no such compile database"), "\(error)")
        }
    }

    func testConcurrentCallsGiveTheSameModels() throws {
        let frontEnd = try ModelDumpTests.frontEnd()
        let directory = ModelDumpTests.modelsDirectory
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".c") }.sorted()
        let sources = try files.map { try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8) }
        let expected = zip(files, sources).map { ModelDumpTests.dump(frontEnd.models(path: "Models/" + $0, source: $1)) }
        let jobs = files.count * 4
        let results = Results(count: jobs)
        DispatchQueue.concurrentPerform(iterations: jobs) { i in
            let k = i % files.count
            results.set(i, ModelDumpTests.dump(frontEnd.models(path: "Models/" + files[k], source: sources[k])))
        }
        for i in 0..<jobs { XCTAssertEqual(results.get(i), expected[i % files.count], files[i % files.count]) }
    }
}

private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String]
    init(count: Int) { values = Array(repeating: "", count: count) }
    func set(_ i: Int, _ value: String) { lock.lock(); values[i] = value; lock.unlock() }
    func get(_ i: Int) -> String { lock.lock(); defer { lock.unlock() }; return values[i] }
}
