import Foundation
import RandLintTestSupport
import XCTest

/// Runs the toolchain's compilers from tests.
enum Toolchain {
    struct Output { var status: Int32; var stdout: String; var stderr: String }

    /// Runs an executable with arguments and optional standard input (passed via a file).
    static func run(_ executable: String, _ arguments: [String], input: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let input {
            let inputDir = try temporaryDirectory("stdin")
            defer { try? FileManager.default.removeItem(at: inputDir) }
            let file = inputDir.appendingPathComponent("input.txt")
            try input.write(to: file, atomically: true, encoding: .utf8)
            process.standardInput = try FileHandle(forReadingFrom: file)
        }
        try process.run()
        // Drain stderr on another thread so neither pipe fills up and blocks the child.
        final class Box: @unchecked Sendable { var data = Data() }
        let errBox = Box()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errBox.data = err.fileHandleForReading.readDataToEndOfFile() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errBox.data, as: UTF8.self))
    }

    static func onPath(_ name: String) -> String? { ToolPaths.onPath(name) }

    /// The `swiftc` next to the `swift` on PATH (the toolchain running these tests).
    static var swiftc: String? { ToolPaths.swiftc }

    static func temporaryDirectory(_ label: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("randomkeys-\(label)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// `RandomKeys.swiftmodule` built from `Sources/RandomKeys` with `swiftc -emit-module`
    /// (independent of where SwiftPM put its build products). Built once per test process.
    static func randomKeysModule() throws -> URL {
        try moduleOnce.get()
    }

    private static let moduleOnce: Result<URL, Error> = Result {
        guard let swiftc else { throw ToolchainError("no swiftc found next to swift on PATH") }
        let dir = try temporaryDirectory("module")
        let sources = try FileManager.default
            .contentsOfDirectory(atPath: Repo.file("Sources/RandomKeys").path)
            .filter { $0.hasSuffix(".swift") }
            .map { Repo.file("Sources/RandomKeys/\($0)").path }
        let result = try run(swiftc, ["-emit-module", "-module-name", "RandomKeys", "-parse-as-library",
                                      "-I", kernelsInclude,
                                      "-emit-module-path", dir.appendingPathComponent("RandomKeys.swiftmodule").path]
                                      + sources)
        guard result.status == 0 else { throw ToolchainError("emitting RandomKeys.swiftmodule failed:\n\(result.stderr)") }
        return dir
    }

    /// The module map of RandomKeys' internal C target.
    static var kernelsInclude: String { Repo.file("Sources/RandomKeysKernels/include").path }

    /// Compiles a Swift source file that imports RandomKeys to an object file (type checking,
    /// ownership checking and code generation; no linking).
    static func compileAgainstRandomKeys(_ source: String, name: String) throws -> Output {
        guard let swiftc else { throw ToolchainError("no swiftc found next to swift on PATH") }
        let module = try randomKeysModule()
        let dir = try temporaryDirectory("snippet")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("\(name).swift")
        try source.write(to: file, atomically: true, encoding: .utf8)
        return try run(swiftc, ["-parse-as-library", "-c", "-I", module.path, "-I", kernelsInclude, file.path,
                                "-o", dir.appendingPathComponent("\(name).o").path])
    }
}

struct ToolchainError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
