import Foundation
import XCTest

/// Installing randlint without a Swift toolchain (Scripts/release.sh): the archive, the wheel, the
/// pre-commit hook that installs the wheel, and the action's download of a release binary.
///
/// They use the artifacts `Scripts/test.sh` makes from the debug build, before `swift test`, with
/// `bash Scripts/release.sh --debug --out .build/dist-test` (same layout as a release, seconds
/// instead of the release build's ~10 minutes). Without them these tests fail, naming that command.
extension IntegrationTests {
    static var distDirectory: URL { root.appendingPathComponent(".build/dist-test") }

    func distArtifact(_ suffix: String) throws -> URL {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Self.distDirectory.path)) ?? []
        let matches = names.filter { $0.hasPrefix("randlint-") && $0.hasSuffix(suffix) }
        XCTAssertEqual(matches.count, 1, "expected one randlint-*\(suffix) in \(Self.distDirectory.path) (bash Scripts/release.sh --debug --out .build/dist-test makes it): \(names)")
        return Self.distDirectory.appendingPathComponent(try XCTUnwrap(matches.first))
    }

    /// Tests/dist/run.sh: the archive's binary under `env -i` (ldd, same output as this build, C
    /// through libclang, `--version`), the wheel's tag and files, `pip install` into a fresh venv.
    func testReleaseArtifactsInstallAndRun() throws {
        _ = try distArtifact(".whl")
        let result = try run(["bash", "Tests/dist/run.sh", Self.distDirectory.path, Self.binDirectory.appendingPathComponent("randlint").path])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("PASS: release artifacts"), result.output)
        print(result.output)
    }

    /// The real pre-commit with the `randlint-wheel` hook (`language: python`), installing the wheel
    /// from the local folder only, on a fresh PRE_COMMIT_HOME: the first commit is a user's first run.
    func testPreCommitWheelHook() throws {
        _ = try distArtifact(".whl")
        let result = try run(["bash", "Tests/precommit/run.sh"], environment: [
            "RANDLINT_PRECOMMIT_HOOKS": "randlint-wheel", "RANDLINT_WHEEL_DIR": Self.distDirectory.path,
        ])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("PASS: pre-commit hooks (randlint-wheel)"), result.output)
        XCTAssertTrue(result.output.contains("randlint-wheel: pre-commit's environment runs the wheel's binary"), result.output)
        print(result.output.split(separator: "\n").filter { $0.contains("-seconds") }.joined(separator: "\n"))
    }

    /// The action's "Set up randlint" step with `version` given, against a `file://` copy of a
    /// GitHub release holding the packaged archive: it checks the sha256, unpacks, and hands the
    /// Lint step a binary that runs. (The download from GitHub itself cannot be tried here.)
    func testActionSetsUpAReleaseBinary() throws {
        let archive = try distArtifact(".tar.gz")
        let name = archive.lastPathComponent
        let parts = try XCTUnwrap(name.firstMatch(of: /^randlint-(.+)-linux-(x86_64|aarch64)\.tar\.gz$/), name)
        let version = String(parts.1)
        let server = try temporaryDirectory()
        let release = server.appendingPathComponent("OWNER/randlint/releases/download/v\(version)")
        try FileManager.default.createDirectory(at: release, withIntermediateDirectories: true)
        for file in [name, name + ".sha256"] {
            try FileManager.default.copyItem(at: Self.distDirectory.appendingPathComponent(file), to: release.appendingPathComponent(file))
        }
        let runner = try temporaryDirectory()
        let arch = parts.2 == "x86_64" ? "X64" : "ARM64"
        // Inside a composite action github.action_repository is often empty; the repository is
        // then read from where the runner checked the action out (…/_actions/OWNER/REPO/REF).
        let checkedOut = "/home/runner/work/_actions/OWNER/randlint/v1"
        func setUp(version given: String, repository: String = "", actionPath: String = checkedOut, os: String = "Linux") throws -> (status: Int32, stdout: String, outputs: [String: String]) {
            let result = try runActionStep("build", inputs: ["version": given], context: [
                "github.action_repository": repository, "github.server_url": "file://\(server.path)",
            ], environmentForScript: ["RUNNER_OS": os, "RUNNER_ARCH": arch, "RUNNER_TEMP": runner.path, "GITHUB_ACTION_PATH": actionPath])
            return (result.status, result.stdout, result.outputs)
        }

        let named = try setUp(version: version, repository: "OWNER/randlint", actionPath: "/elsewhere")
        XCTAssertEqual(named.status, 0, named.stdout)
        let good = try setUp(version: "v\(version)")
        XCTAssertEqual(good.status, 0, good.stdout)
        let binary = try XCTUnwrap(good.outputs["randlint"], good.stdout)
        XCTAssertTrue(binary.hasPrefix(runner.path), binary)
        XCTAssertTrue(good.stdout.contains("randlint \(version) (commit "), good.stdout)
        let lint = try run([binary, "lint", "--format", "gcc", "Examples/monte-carlo"])
        XCTAssertEqual(lint.status, 1, lint.output)

        let unknown = try setUp(version: "99.0.0")
        XCTAssertEqual(unknown.status, 2, unknown.stdout)
        XCTAssertTrue(unknown.stdout.contains("::error title=randlint::cannot download"), unknown.stdout)
        XCTAssertNil(unknown.outputs["randlint"])

        // A tampered archive is refused.
        try Data("tampered".utf8).write(to: release.appendingPathComponent(name))
        try FileManager.default.removeItem(at: runner.appendingPathComponent("randlint-\(version)"))
        let tampered = try setUp(version: version)
        XCTAssertEqual(tampered.status, 2, tampered.stdout)
        XCTAssertTrue(tampered.stdout.contains("does not match its sha256"), tampered.stdout)
        XCTAssertNil(tampered.outputs["randlint"])

        let local = try setUp(version: version, actionPath: "/home/runner/work/app/app")
        XCTAssertEqual(local.status, 2, local.stdout)
        XCTAssertTrue(local.stdout.contains("unknown for a local action"), local.stdout)
        let mac = try setUp(version: version, os: "macOS")
        XCTAssertEqual(mac.status, 2, mac.stdout)
        XCTAssertTrue(mac.stdout.contains("release binaries are built for Linux"), mac.stdout)
    }
}
