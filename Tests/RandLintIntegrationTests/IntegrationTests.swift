import Foundation
import XCTest
import Yams

/// Where users meet randlint outside the CLI, each exercised with the real third-party tool:
/// pre-commit (PyPI), GitHub's action and workflow schemas (check-jsonschema's vendored copies),
/// the SARIF properties GitHub code scanning reads, and SwiftPM's plugin machinery.
///
/// The slow ones build randlint again from source, swift-syntax included:
/// `testPreCommitSwiftHook` (pre-commit's `swift build -c release` of the hook repository, about
/// 5 min on 2 cores, reused while the tree is unchanged) and `testSwiftPMPlugins` (the sample
/// package's debug build, about 3–4 min the first time, incremental after). Set
/// `RANDLINT_SKIP_SLOW_TESTS=1` to skip those two in a local edit loop; CI runs them.
final class IntegrationTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The folder holding the `randlint` executable this test target depends on.
    static var binDirectory: URL {
        let bundle = Bundle(for: IntegrationTests.self).bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent()]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("randlint").path) } ?? candidates[1]
    }

    struct Run {
        var status: Int32
        var output: String
    }

    /// Runs a command with stdout and stderr merged (the order a user sees).
    @discardableResult
    func run(_ arguments: [String], environment extra: [String: String] = [:], in directory: URL = IntegrationTests.root) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    func skipSlowIfAsked() throws {
        if ProcessInfo.processInfo.environment["RANDLINT_SKIP_SLOW_TESTS"] == "1" {
            throw XCTSkip("RANDLINT_SKIP_SLOW_TESTS=1")
        }
    }

    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("randlint-integration-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    func venv() throws -> URL {
        let result = try run(["bash", "Tests/precommit/venv.sh"])
        XCTAssertEqual(result.status, 0, result.output)
        let path = result.output.split(separator: "\n").last.map(String.init) ?? ""
        return URL(fileURLWithPath: path)
    }

    func loadYAML(_ relativePath: String) throws -> Any? {
        let text = try String(contentsOf: Self.root.appendingPathComponent(relativePath), encoding: .utf8)
        return try Yams.load(yaml: text)
    }

    // MARK: pre-commit

    func testPreCommitManifestDeclaresTheThreeHooks() throws {
        let hooks = try XCTUnwrap(try loadYAML(".pre-commit-hooks.yaml") as? [[String: Any]], "a list of hooks")
        let byID = Dictionary(uniqueKeysWithValues: hooks.map { ($0["id"] as? String ?? "", $0) })
        XCTAssertEqual(Set(byID.keys), ["randlint", "randlint-system", "randlint-wheel"])
        for (id, language) in [("randlint", "swift"), ("randlint-system", "unsupported"), ("randlint-wheel", "python")] {
            let hook = try XCTUnwrap(byID[id])
            XCTAssertEqual(hook["language"] as? String, language, id)
            XCTAssertEqual(hook["entry"] as? String, "randlint lint --force-exclude --format gcc", id)
            XCTAssertEqual(hook["types_or"] as? [String], ["swift", "c"], id)
            XCTAssertEqual(hook["require_serial"] as? Bool, true, id)
            XCTAssertNil(hook["pass_filenames"], "\(id): pre-commit must pass the staged files (the default)")
        }
    }

    /// The real pre-commit, the hook `randlint-system` with this build's binary on PATH: a commit
    /// with misuse is rejected with the findings, unstaged/excluded files are not analyzed, a clean
    /// commit passes. Seconds.
    func testPreCommitSystemHook() throws {
        let result = try run(["bash", "Tests/precommit/run.sh"], environment: [
            "RANDLINT_PRECOMMIT_HOOKS": "randlint-system", "RANDLINT_BIN_DIR": Self.binDirectory.path,
        ])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("PASS: pre-commit hooks"), result.output)
    }

    /// The hook users add (`language: swift`): pre-commit clones the hook repository and builds
    /// randlint in release mode itself. Slow the first time for a given tree (see the class note).
    func testPreCommitSwiftHook() throws {
        try skipSlowIfAsked()
        let result = try run(["bash", "Tests/precommit/run.sh"], environment: ["RANDLINT_PRECOMMIT_HOOKS": "randlint"])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("PASS: pre-commit hooks"), result.output)
        print(result.output.split(separator: "\n").filter { $0.contains("-seconds") }.joined(separator: "\n"))
    }

    // MARK: GitHub Actions

    func testActionAndWorkflowExampleMatchGitHubSchemas() throws {
        let checker = try venv().appendingPathComponent("bin/check-jsonschema").path
        for (file, schema) in [("action.yml", "vendor.github-actions"), ("Docs/examples/randlint.yml", "vendor.github-workflows")] {
            let result = try run([checker, "--builtin-schema", schema, file])
            XCTAssertEqual(result.status, 0, "\(file): \(result.output)")
        }
        // The validator can fail: a composite `run` step without `shell` is rejected.
        let action = try String(contentsOf: Self.root.appendingPathComponent("action.yml"), encoding: .utf8)
        let broken = action.replacingOccurrences(of: "      shell: bash\n", with: "")
        XCTAssertNotEqual(broken, action)
        let file = try temporaryDirectory().appendingPathComponent("action.yml")
        try broken.write(to: file, atomically: true, encoding: .utf8)
        XCTAssertNotEqual(try run([checker, "--builtin-schema", "vendor.github-actions", file.path]).status, 0)
    }

    func actionSteps() throws -> (inputs: [String: [String: Any]], steps: [[String: Any]]) {
        let action = try XCTUnwrap(try loadYAML("action.yml") as? [String: Any])
        let inputs = try XCTUnwrap(action["inputs"] as? [String: [String: Any]])
        let runs = try XCTUnwrap(action["runs"] as? [String: Any])
        XCTAssertEqual(runs["using"] as? String, "composite")
        return (inputs, try XCTUnwrap(runs["steps"] as? [[String: Any]]))
    }

    func testActionUploadsSARIFWithCodeScanningsAction() throws {
        let (inputs, steps) = try actionSteps()
        for name in ["paths", "args", "fail-on", "sarif-file", "upload", "category", "annotate", "version"] {
            XCTAssertNotNil(inputs[name], "input \(name)")
        }
        XCTAssertEqual(steps.first?["id"] as? String, "build")
        XCTAssertTrue((steps.first?["run"] as? String ?? "").contains("swift build -c release"))
        let upload = try XCTUnwrap(steps.first { $0["uses"] as? String == "github/codeql-action/upload-sarif@v4" })
        let with = try XCTUnwrap(upload["with"] as? [String: String])
        XCTAssertEqual(with["sarif_file"], "${{ steps.lint.outputs.sarif-file }}")
        XCTAssertEqual(with["category"], "${{ inputs.category }}")
        XCTAssertTrue((upload["if"] as? String ?? "").contains("inputs.upload == 'true'"))
        // Uploaded whenever randlint wrote a log, exit 2 included (files it could not analyze).
        XCTAssertTrue((upload["if"] as? String ?? "").contains("steps.lint.outputs.sarif-written == 'true'"))
        XCTAssertFalse((upload["if"] as? String ?? "").contains("exit-code"), "the upload must not depend on the exit code")
        // Inputs reach scripts through `env`, never pasted into the script (no injection).
        for step in steps {
            XCTAssertFalse((step["run"] as? String ?? "").contains("${{"), "\(step["name"] ?? ""): expression inside a script")
        }
    }

    /// Runs one step of the action as the runner would (bash -eo pipefail, GITHUB_OUTPUT), with
    /// its `env` resolved from the action's inputs (`given`, else their defaults) and from
    /// `context` (other expressions, such as `steps.lint.outputs.exit-code`). `steps.build.outputs.randlint`
    /// is a stub randlint that records its arguments and exits with `stubExit`, writing the
    /// `--output` file unless `stubWrites` is false. `environmentForScript` is what the runner
    /// itself sets (RUNNER_OS, RUNNER_TEMP…).
    func runActionStep(_ id: String, stubExit: Int32 = 0, stubWrites: Bool = true, inputs given: [String: String] = [:],
                       context: [String: String] = [:], environmentForScript: [String: String] = [:],
                       in directory: URL? = nil) throws -> (status: Int32, stdout: String, outputs: [String: String], calls: [String]) {
        let (inputs, steps) = try actionSteps()
        let step = try XCTUnwrap(steps.first { $0["id"] as? String == id }, "no step \(id)")
        XCTAssertEqual(step["shell"] as? String, "bash")
        let dir = try directory ?? temporaryDirectory()
        let stub = dir.appendingPathComponent("randlint")
        try """
        #!/bin/bash
        echo "$*" >> "\(dir.path)/calls"
        prev=""; for a in "$@"; do [ "$prev" = --output ] && \(stubWrites ? "echo '{}' > \"$a\"" : ":"); prev="$a"; done
        exit \(stubExit)
        """.write(to: stub, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: stub.path)

        var environment = environmentForScript
        environment["GITHUB_OUTPUT"] = dir.appendingPathComponent("output").path
        let expression = try NSRegularExpression(pattern: #"^\$\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}$"#)
        for (key, value) in try XCTUnwrap(step["env"] as? [String: String]) {
            let match = try XCTUnwrap(expression.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)), "\(key): \(value)")
            let reference = String(value[Range(match.range(at: 1), in: value)!])
            if reference == "steps.build.outputs.randlint" {
                environment[key] = stub.path
            } else if reference.hasPrefix("inputs.") {
                let name = String(reference.dropFirst("inputs.".count))
                let declared = try XCTUnwrap(inputs[name], "env \(key) uses an undeclared input \(name)")
                environment[key] = given[name] ?? declared["default"] as? String ?? ""
            } else if let resolved = context[reference] {
                environment[key] = resolved
            } else {
                XCTFail("\(key): unexpected expression \(value)")
            }
        }
        let script = dir.appendingPathComponent("step.sh")
        try XCTUnwrap(step["run"] as? String).write(to: script, atomically: true, encoding: .utf8)
        let result = try run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script.path], environment: environment, in: dir)
        let outputText = (try? String(contentsOf: dir.appendingPathComponent("output"), encoding: .utf8)) ?? ""
        var outputs: [String: String] = [:]
        for line in outputText.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { outputs[String(parts[0])] = String(parts[1]) }
        }
        let calls = ((try? String(contentsOf: dir.appendingPathComponent("calls"), encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        return (result.status, result.output, outputs, calls)
    }

    func runLintStep(stubExit: Int32, stubWrites: Bool = true, inputs given: [String: String] = [:], in directory: URL? = nil) throws -> (status: Int32, stdout: String, outputs: [String: String], calls: [String]) {
        try runActionStep("lint", stubExit: stubExit, stubWrites: stubWrites, inputs: given, in: directory)
    }

    func testActionLintStepKeepsGoingOnFindingsAndErrors() throws {
        let clean = try runLintStep(stubExit: 0)
        XCTAssertEqual(clean.status, 0, clean.stdout)
        XCTAssertEqual(clean.outputs, ["exit-code": "0", "sarif-file": "randlint.sarif", "sarif-written": "true"])
        XCTAssertEqual(clean.calls, ["lint --format sarif --output randlint.sarif --fail-on warning .",
                                     "lint --format github --fail-on warning ."])

        // Findings: the step succeeds so that the SARIF is uploaded; the "Result" step fails the job.
        let findings = try runLintStep(stubExit: 1, inputs: ["paths": "Sources Tests", "args": "--ignore key-reuse", "fail-on": "error", "annotate": "false", "sarif-file": "out/r.sarif"])
        XCTAssertEqual(findings.status, 0, findings.stdout)
        XCTAssertEqual(findings.outputs["exit-code"], "1")
        XCTAssertEqual(findings.outputs["sarif-file"], "out/r.sarif")
        XCTAssertEqual(findings.calls, ["lint --format sarif --output out/r.sarif --fail-on error --ignore key-reuse Sources Tests"])

        let never = try runLintStep(stubExit: 0, inputs: ["fail-on": "never", "annotate": "false"])
        XCTAssertEqual(never.calls, ["lint --format sarif --output randlint.sarif ."])

        // Exit 2 with a log (files it could not analyze): what was analyzed is still annotated and
        // uploaded; the "Result" step fails the job afterwards.
        let partial = try runLintStep(stubExit: 2)
        XCTAssertEqual(partial.status, 0, partial.stdout)
        XCTAssertEqual(partial.outputs, ["exit-code": "2", "sarif-file": "randlint.sarif", "sarif-written": "true"])
        XCTAssertEqual(partial.calls.count, 2, "annotations after exit 2: \(partial.calls)")

        // Exit 2 without a log (a usage or configuration error): nothing to annotate or upload, and a
        // log left by an earlier run must not pass for this run's.
        let dir = try temporaryDirectory()
        try Data("{}".utf8).write(to: dir.appendingPathComponent("randlint.sarif"))
        let broken = try runLintStep(stubExit: 2, stubWrites: false, in: dir)
        XCTAssertEqual(broken.status, 0, broken.stdout)
        XCTAssertEqual(broken.outputs, ["exit-code": "2", "sarif-file": "randlint.sarif", "sarif-written": "false"])
        XCTAssertEqual(broken.calls.count, 1, "no annotation run without a log")

        let typo = try runLintStep(stubExit: 0, inputs: ["fail-on": "warn"])
        XCTAssertEqual(typo.status, 2)
        XCTAssertTrue(typo.calls.isEmpty)
    }

    /// The last step turns randlint's exit code into the job's result, after the upload.
    func testActionResultStepFailsTheJobAfterTheUpload() throws {
        let (_, steps) = try actionSteps()
        let ids = steps.map { $0["id"] as? String ?? $0["uses"] as? String ?? "" }
        XCTAssertEqual(ids, ["build", "lint", "github/codeql-action/upload-sarif@v4", "result"])
        XCTAssertEqual(steps.last?["if"] as? String, "${{ steps.lint.outputs.exit-code != '0' }}")
        func result(_ code: String, written: String = "true", failOn: String? = nil) throws -> (status: Int32, stdout: String) {
            let run = try runActionStep("result", inputs: failOn.map { ["fail-on": $0] } ?? [:],
                                        context: ["steps.lint.outputs.exit-code": code, "steps.lint.outputs.sarif-written": written])
            return (run.status, run.stdout)
        }
        let partial = try result("2")
        XCTAssertEqual(partial.status, 2, partial.stdout)
        XCTAssertTrue(partial.stdout.contains("::error title=randlint::randlint exited 2: some files could not be analyzed"), partial.stdout)
        let broken = try result("2", written: "false")
        XCTAssertEqual(broken.status, 2, broken.stdout)
        XCTAssertTrue(broken.stdout.contains("nothing was analyzed"), broken.stdout)
        let findings = try result("1")
        XCTAssertEqual(findings.status, 1, findings.stdout)
        XCTAssertTrue(findings.stdout.contains("at or above the 'warning' level"), findings.stdout)
        XCTAssertEqual(try result("1", failOn: "never").status, 0)
    }

    // MARK: SARIF for GitHub code scanning (INTEGRATIONS §1.2)

    func testSARIFCarriesWhatCodeScanningUses() throws {
        let result = try run([Self.binDirectory.appendingPathComponent("randlint").path, "lint", "--format", "sarif", "Fixtures", "Examples"])
        XCTAssertTrue([0, 1].contains(result.status), result.output)
        let log = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        XCTAssertFalse((log["$schema"] as? String ?? "").isEmpty)
        let runs = try XCTUnwrap(log["runs"] as? [[String: Any]])
        XCTAssertEqual(runs.count, 1)
        let run = runs[0]
        // upload-sarif's `category` becomes `automationDetails.id` only when the run has none.
        XCTAssertNil(run["automationDetails"], "a fixed automationDetails.id would override the action's category input")
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "randlint")
        XCTAssertFalse((driver["semanticVersion"] as? String ?? "").isEmpty)
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertFalse(rules.isEmpty)
        func text(_ object: Any?, _ key: String = "text") -> String { (object as? [String: Any])?[key] as? String ?? "" }
        for rule in rules {
            let id = rule["id"] as? String ?? ""
            for key in ["shortDescription", "fullDescription"] {
                XCTAssertTrue((1...1024).contains(text(rule[key]).count), "\(id): \(key) must be 1…1024 characters")
            }
            XCTAssertFalse(text(rule["help"]).isEmpty, "\(id): help.text is required")
            XCTAssertFalse(text(rule["help"], "markdown").isEmpty, "\(id): help.markdown")
            XCTAssertTrue(["note", "warning", "error"].contains(text(rule["defaultConfiguration"], "level")), id)
            let properties = try XCTUnwrap(rule["properties"] as? [String: Any], id)
            let tags = properties["tags"] as? [String] ?? []
            XCTAssertTrue((1...20).contains(tags.count), "\(id): 1…20 tags")
            XCTAssertTrue(["very-high", "high", "medium", "low"].contains(properties["precision"] as? String ?? ""), id)
            if let severity = properties["security-severity"] {
                let score = Double(severity as? String ?? "") ?? -1
                XCTAssertTrue(score > 0 && score <= 10, "\(id): security-severity is a string score in (0, 10]")
                XCTAssertTrue(tags.contains("security"), "\(id): a security rule carries the security tag")
            } else {
                XCTAssertTrue(["error", "warning", "recommendation"].contains(properties["problem.severity"] as? String ?? ""), id)
                XCTAssertFalse(tags.contains("security"), "\(id): security tag without security-severity")
            }
        }
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertFalse(results.isEmpty)
        for result in results {
            let ruleIndex = try XCTUnwrap(result["ruleIndex"] as? Int)
            XCTAssertEqual(rules[ruleIndex]["id"] as? String, result["ruleId"] as? String)
            let message = text(result["message"])
            XCTAssertFalse(message.isEmpty)
            let locations = try XCTUnwrap(result["locations"] as? [[String: Any]])
            XCTAssertTrue((1...10).contains(locations.count))
            let physical = try XCTUnwrap(locations[0]["physicalLocation"] as? [String: Any])
            let uri = text(physical["artifactLocation"], "uri")
            XCTAssertFalse(uri.isEmpty || uri.hasPrefix("/") || uri.contains("://"), "repository-relative uri: \(uri)")
            let region = try XCTUnwrap(physical["region"] as? [String: Int])
            for key in ["startLine", "startColumn", "endLine", "endColumn"] { XCTAssertGreaterThanOrEqual(region[key] ?? 0, 1, key) }
            XCTAssertFalse((result["partialFingerprints"] as? [String: String] ?? [:]).isEmpty)
            XCTAssertNil((result["partialFingerprints"] as? [String: String])?["primaryLocationLineHash"], "left to upload-sarif")
            for related in result["relatedLocations"] as? [[String: Any]] ?? [] {
                let id = try XCTUnwrap(related["id"] as? Int)
                XCTAssertTrue(message.contains("](\(id))"), "related location \(id) is linked only when the message embeds it: \(message)")
            }
        }
    }

    // MARK: SwiftPM plugins

    /// Tests/plugins/run.sh: the build tool plugin's findings appear in `swift build` of a sample
    /// package, error-level ones fail it, and `swift package randlint` prints them.
    func testSwiftPMPlugins() throws {
        try skipSlowIfAsked()
        let result = try run(["bash", "Tests/plugins/run.sh"])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("PASS: SwiftPM plugins"), result.output)
        if let timings = result.output.components(separatedBy: "---- timings ----").last { print("plugin sample timings:\(timings)") }
    }
}
