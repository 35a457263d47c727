import Foundation
import XCTest

/// `.randlint.yml`, `config check`, custom rules, baselines, unused suppressions and the progress
/// line, through the real binary.
final class ConfigCLITests: XCTestCase {
    var scratch: URL!

    override func setUpWithError() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("randlint-cli-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    func write(_ path: String, _ text: String) throws {
        let url = scratch.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func read(_ path: String) throws -> String { try String(contentsOf: scratch.appendingPathComponent(path), encoding: .utf8) }

    func run(_ arguments: [String], in folder: String = "") throws -> CLITests.Run {
        try CLITests.runProgram(CLITests.binary.path, arguments, in: folder.isEmpty ? scratch : scratch.appendingPathComponent(folder))
    }

    static let seeded = "import Glibc\nfunc f() { srand(1) }\n"

    func testConfigurationIsFoundUpwardAndChangesTheExitCode() throws {
        try write("Sources/App/a.swift", Self.seeded)
        XCTAssertEqual(try run(["."], in: "Sources/App").status, 1)
        try write(".randlint.yml", "rules:\n  global-seed: off\n  mid-program-reseed: off\n")
        XCTAssertEqual(try run(["."], in: "Sources/App").status, 0, "the configuration two folders up applies")
        try write("Sources/.randlint.yml", "rules:\n  mid-program-reseed: off\n  global-seed: error\n")
        let nearest = try run([".", "--fail-on", "error", "--format", "gcc"], in: "Sources/App")
        XCTAssertEqual(nearest.status, 1, "the nearest file wins and makes global-seed an error: \(nearest.stdout)")
        XCTAssertEqual(nearest.stdout, "a.swift:2:12: error: srand(1) seeds the process-wide generator: any other code that draws from or reseeds it changes the numbers this program gets [global-seed]\n")
        // --config overrides discovery.
        try write("lenient.yml", "rules:\n  global-seed: warning\n  mid-program-reseed: off\n")
        XCTAssertEqual(try run([".", "--fail-on", "error", "--config", "../../lenient.yml"], in: "Sources/App").status, 0)
    }

    func testInvalidConfigurationExitsTwoWithOneLine() throws {
        try write("a.swift", Self.seeded)
        try write(".randlint.yml", "rules:\n  key-reuse: error\n  global-sed: off\n")
        let result = try run(["."])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "randlint: error: .randlint.yml:3: unknown rule 'global-sed' (did you mean 'global-seed'?); `randlint rules` lists them\n")
    }

    func testConfigCheck() throws {
        try write(".randlint.yml", "rules:\n  key-reuse: error\n")
        let ok = try run(["config", "check"])
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertEqual(ok.stdout, ".randlint.yml: ok\n")
        try write("other.yml", "exclude: [x]\ncustom-rules:\n  - id: no-foo\n    call: foo\n    mesage: m\n")
        let bad = try run(["config", "check", "other.yml"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertEqual(bad.stderr, "randlint: error: other.yml:5: unknown key 'mesage' in a custom rule (did you mean 'message'?)\n")
        let none = try run(["config", "check", "missing.yml"])
        XCTAssertEqual(none.status, 2)
        XCTAssertTrue(none.stderr.contains("missing.yml: no such configuration file"), none.stderr)
    }

    func testForceExcludeAppliesExcludesToNamedFiles() throws {
        try write(".randlint.yml", "exclude: [\"Generated/**\"]\n")
        try write("Generated/g.swift", Self.seeded)
        try write("a.swift", "let x = 1\n")
        XCTAssertEqual(try run(["."]).status, 0, "excluded when discovered")
        XCTAssertEqual(try run(["Generated/g.swift", "a.swift"]).status, 1, "linted when named")
        let forced = try run(["--force-exclude", "Generated/g.swift", "a.swift"])
        XCTAssertEqual(forced.status, 0, forced.stdout)
    }

    func testCustomRuleEndToEndSwiftAndC() throws {
        try write(".randlint.yml", """
            custom-rules:
              - id: no-legacy-random
                call: legacy_random
                message: legacy_random draws from the shared legacy generator
                level: error
                help: "draw from a key instead: rk_uniform(key) / key.uniform()"
            """)
        try write("a.c", "int legacy_random(void);\nint f(void) { return legacy_random() % 6; }\n")
        try write("b.swift", "func g() -> Int { legacy_random() }\n")
        let result = try run([".", "--format", "gcc"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stdout, """
            a.c:2:22: error: legacy_random draws from the shared legacy generator [no-legacy-random]
            b.swift:1:19: error: legacy_random draws from the shared legacy generator [no-legacy-random]

            """)
        let rules = try run(["rules"])
        XCTAssertTrue(rules.stdout.contains("no-legacy-random") && rules.stdout.contains("legacy_random draws"), rules.stdout)
        let explain = try run(["explain", "no-legacy-random"])
        XCTAssertEqual(explain.status, 0)
        XCTAssertTrue(explain.stdout.contains("rk_uniform(key)"), explain.stdout)
        let sarif = try run([".", "--format", "sarif"])
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let sarifRun = try XCTUnwrap((json["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((sarifRun["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let ids = (driver["rules"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        XCTAssertTrue(ids.contains("no-legacy-random"), "\(ids)")
        XCTAssertEqual((sarifRun["results"] as? [[String: Any]])?.compactMap { $0["ruleId"] as? String }, ["no-legacy-random", "no-legacy-random"])
        // A disable comment silences a custom rule like any other.
        try write("b.swift", "func g() -> Int { legacy_random() } // randlint:disable-line no-legacy-random\n")
        XCTAssertEqual(try run([".", "--format", "gcc"]).stdout.split(separator: "\n").count, 1)
    }

    func testBaselineWriteApplyMoveChange() throws {
        try write("a.swift", Self.seeded)
        let written = try run([".", "--write-baseline", "baseline.json"])
        XCTAssertEqual(written.status, 0, written.stderr)
        XCTAssertEqual(written.stderr, "randlint: recorded 2 finding(s) in baseline.json\n")
        XCTAssertTrue(try read("baseline.json").contains("\"line_text\" : \"func f() { srand(1) }\""))
        XCTAssertEqual(try run([".", "--baseline", "baseline.json"]).status, 0)
        try write("a.swift", "// moved down\n\n" + Self.seeded + "func g() {}\n")
        XCTAssertEqual(try run([".", "--baseline", "baseline.json"]).status, 0, "moving code keeps the baseline match")
        try write("a.swift", Self.seeded.replacingOccurrences(of: "srand(1)", with: "srand(2)"))
        let changed = try run([".", "--baseline", "baseline.json", "--format", "gcc"])
        XCTAssertEqual(changed.status, 1)
        XCTAssertTrue(changed.stdout.contains("srand(2)"), changed.stdout)
        let missing = try run([".", "--baseline", "nope.json"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "randlint: error: nope.json: cannot read the baseline file\n")
    }

    func testUnusedSuppressionIsOptIn() throws {
        try write("a.swift", "import RandomKeys\nfunc f(key: RandomKey) -> Double { key.uniform() } // randlint:disable-line key-reuse\n")
        XCTAssertEqual(try run(["."]).status, 0)
        let enabled = try run([".", "--enable", "unused-suppression", "--format", "gcc"])
        XCTAssertEqual(enabled.status, 1)
        XCTAssertEqual(enabled.stdout, "a.swift:2:52: warning: this disable comment silences no key-reuse finding on line 2, but would hide a future one there [unused-suppression]\n")
        try write(".randlint.yml", "rules:\n  unused-suppression: error\n")
        let configured = try run([".", "--fail-on", "error", "--format", "gcc"])
        XCTAssertEqual(configured.status, 1)
        XCTAssertTrue(configured.stdout.contains("error: this disable comment"), configured.stdout)
    }

    func testProgressLineOnlyOnATerminal() throws {
        for i in 0..<310 { try write("f\(i).swift", "let x\(i) = \(i)\n") }
        let piped = try run(["."])
        XCTAssertEqual(piped.status, 0)
        XCTAssertEqual(piped.stderr, "", "nothing extra when stderr is piped")
        XCTAssertFalse(piped.stdout.contains("linting"))
        // Under a pseudo-terminal (util-linux `script`), the line is drawn and erased.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            return XCTFail("the TTY half needs util-linux `script` (Debian: bsdutils) for a pseudo-terminal")
        }
        let command = "'\(CLITests.binary.path)' lint . 2>&1 >/dev/null"
        let tty = try CLITests.runProgram("/usr/bin/script", ["-qec", command, "/dev/null"], in: scratch)
        XCTAssertTrue(tty.stdout.contains("\rlinting 310/310 files"), tty.stdout.debugDescription)
        XCTAssertTrue(tty.stdout.contains("\r\u{1B}[K"), "the line is erased before the report")
    }
}
