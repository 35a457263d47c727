import Foundation
import XCTest
import RandLintLSP

/// `randlint lsp` under two real LSP clients: the pytest-lsp suite in Tests/lsp (several
/// editors' client profiles) and headless Neovim's built-in client. Neither is skipped: a
/// missing client is installed, and a failure to install it fails the test.
final class RealClientTests: XCTestCase {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
        var summary: String { "exit \(status)\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)" }
    }

    /// Runs a program (looked up on PATH) and waits at most `timeout` seconds.
    @discardableResult
    static func run(_ arguments: [String], environment extra: [String: String] = [:], in directory: URL = TestPaths.root,
                    timeout: TimeInterval = 300) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let collected = Collected()
        out.fileHandleForReading.readabilityHandler = { collected.append($0.availableData, error: false) }
        err.fileHandleForReading.readabilityHandler = { collected.append($0.availableData, error: true) }
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        process.waitUntilExit()
        out.fileHandleForReading.readabilityHandler = nil
        err.fileHandleForReading.readabilityHandler = nil
        collected.append(out.fileHandleForReading.readDataToEndOfFile(), error: false)
        collected.append(err.fileHandleForReading.readDataToEndOfFile(), error: true)
        let timedOut = Date() >= deadline
        return Output(status: timedOut ? -1 : process.terminationStatus, stdout: collected.text(error: false),
                      stderr: collected.text(error: true) + (timedOut ? "\n(timed out after \(Int(timeout)) s)" : ""))
    }

    final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var out = Data(), err = Data()
        func append(_ data: Data, error: Bool) {
            lock.lock()
            if error { err += data } else { out += data }
            lock.unlock()
        }
        func text(error: Bool) -> String {
            lock.lock()
            defer { lock.unlock() }
            return String(decoding: error ? err : out, as: UTF8.self)
        }
    }

    static func which(_ program: String) -> String? {
        guard let output = try? run(["which", program], timeout: 10), output.status == 0 else { return nil }
        let path = output.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        return path.isEmpty ? nil : path
    }

    // MARK: pytest-lsp

    /// Creates (or reuses) the venv `.build/lsp-venv` with the pinned client versions of
    /// Tests/lsp/requirements.txt and runs the suite against the binary next to this bundle.
    func testPytestLSPClientProfiles() throws {
        let root = TestPaths.root
        let venv = root.appendingPathComponent(".build/lsp-venv")
        let python = venv.appendingPathComponent("bin/python").path
        let requirements = root.appendingPathComponent("Tests/lsp/requirements.txt")
        let pinned = try String(contentsOf: requirements, encoding: .utf8)
        let stamp = venv.appendingPathComponent("randlint-requirements.txt")
        if (try? String(contentsOf: stamp, encoding: .utf8)) != pinned || !FileManager.default.isExecutableFile(atPath: python) {
            guard Self.which("python3") != nil else { return XCTFail("python3 is needed for the pytest-lsp suite (Debian: apt-get install -y python3 python3-venv)") }
            let create = try Self.run(["python3", "-m", "venv", "--clear", venv.path], timeout: 120)
            XCTAssertEqual(create.status, 0, "creating \(venv.path) failed:\n\(create.summary)")
            guard create.status == 0 else { return }
            let install = try Self.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", requirements.path], timeout: 600)
            XCTAssertEqual(install.status, 0, "installing the pytest-lsp client failed:\n\(install.summary)")
            guard install.status == 0 else { return }
            try pinned.write(to: stamp, atomically: true, encoding: .utf8)
        }
        let result = try Self.run([python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "Tests/lsp"],
                                  environment: ["RANDLINT_BIN": TestPaths.binary.path], timeout: 240)
        XCTAssertEqual(result.status, 0, "the pytest-lsp suite failed:\n\(result.summary)")
        // Guard against a suite that silently collected nothing.
        XCTAssertTrue(result.stdout.range(of: #"\b[1-9][0-9]* passed"#, options: .regularExpression) != nil, result.summary)
    }

    // MARK: Neovim

    /// Installs Debian's `neovim` (0.7.2) when `nvim` is missing.
    static func neovim() throws -> String? {
        if let nvim = which("nvim") { return nvim }
        guard which("apt-get") != nil else { return nil }
        let sudo = getuid() == 0 ? [] : ["sudo", "-n"]
        try run(sudo + ["apt-get", "update", "-qq"], environment: ["DEBIAN_FRONTEND": "noninteractive"], timeout: 300)
        let install = try run(sudo + ["apt-get", "install", "-y", "-qq", "neovim"], environment: ["DEBIAN_FRONTEND": "noninteractive"], timeout: 600)
        if install.status != 0 { FileHandle.standardError.write(Data("installing neovim failed:\n\(install.summary)\n".utf8)) }
        return which("nvim")
    }

    struct NeovimDiagnostic: Decodable, Equatable {
        var lnum: Int
        var col: Int
        var end_lnum: Int
        var end_col: Int
        var severity: Int
        var code: String?
        var source: String?
        var message: String
    }

    struct NeovimReport: Decodable {
        var diagnostics: [NeovimDiagnostic]
        var after_edit: [NeovimDiagnostic]
    }

    func neovimReport(file: URL, nvim: String) throws -> NeovimReport? {
        let script = TestPaths.root.appendingPathComponent("Tests/lsp/nvim_lsp_check.lua").path
        let result = try Self.run([nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile \(script)"],
                                  environment: ["LSP_BIN": TestPaths.binary.path, "LSP_FILE": file.path],
                                  in: file.deletingLastPathComponent(), timeout: 60)
        XCTAssertEqual(result.status, 0, "Neovim did not receive diagnostics for \(file.lastPathComponent):\n\(result.summary)")
        guard let line = result.stdout.split(separator: "\n").last(where: { $0.hasPrefix("{") }) else {
            XCTFail("no JSON from Neovim:\n\(result.summary)")
            return nil
        }
        return try JSONDecoder().decode(NeovimReport.self, from: Data(line.utf8))
    }

    func testNeovimBuiltinClientShowsDiagnosticsForSwiftAndC() throws {
        guard let nvim = try Self.neovim() else {
            return XCTFail("nvim is missing and could not be installed (Debian: apt-get install -y neovim)")
        }
        let dir = try TestPaths.temporaryDirectory("nvim")
        defer { try? FileManager.default.removeItem(at: dir) }
        // The emoji (4 bytes, 2 UTF-16 units) before the finding: Neovim 0.7 negotiates UTF-16 and
        // reports byte columns, so a server that confused the units would be off by 2.
        let swift = dir.appendingPathComponent("main.swift")
        try "import Glibc\n/* 😀 */ srand(42)\n".write(to: swift, atomically: true, encoding: .utf8)
        let c = dir.appendingPathComponent("dice.c")
        try "#include <stdlib.h>\n\nint main(void) {\n    /* é😀 */ srand(42);\n    return 0;\n}\n".write(to: c, atomically: true, encoding: .utf8)

        for (file, line, column, help) in [(swift, 1, 11, "RandomKey(seed: 42)"), (c, 3, 17, "rk_key_from_seed(42)")] {
            guard let report = try neovimReport(file: file, nvim: nvim) else { continue }
            XCTAssertEqual(report.diagnostics.count, 1, "\(report.diagnostics)")
            guard let d = report.diagnostics.first else { continue }
            XCTAssertEqual(d.code, "global-seed")
            XCTAssertEqual(d.source, "randlint")
            XCTAssertEqual(d.severity, 2)  // vim.diagnostic.severity.WARN
            XCTAssertEqual([d.lnum, d.col, d.end_lnum, d.end_col], [line, column, line, column + "srand(42)".utf8.count], file.lastPathComponent)
            XCTAssertTrue(d.message.contains(help), d.message)
            XCTAssertEqual(report.after_edit, [], "editing the buffer should clear the finding in \(file.lastPathComponent)")
        }
    }
}
