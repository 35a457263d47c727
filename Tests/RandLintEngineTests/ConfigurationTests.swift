import Foundation
import RandLintCore
@testable import RandLintEngine
import RandLintRules
import RandLintTestSupport
import XCTest

/// `.randlint.yml`: discovery, validation messages, and every key's effect on a run.
final class ConfigurationTests: XCTestCase {
    var folder: ScratchFolder!
    var scratch: URL { folder.url }

    override func setUpWithError() throws { folder = try ScratchFolder("config") }
    override func tearDown() { folder.remove() }

    func write(_ path: String, _ text: String) throws { try folder.write(path, text) }

    func parse(_ yaml: String) throws -> Configuration {
        try Configuration.parse(yaml, path: ".randlint.yml", directory: scratch.path)
    }

    /// The run over `paths` (default: the scratch folder) with the configuration text `yaml`.
    func lint(_ yaml: String, _ paths: [String] = ["."], forceExclude: Bool = false) throws -> LintReport {
        try write(".randlint.yml", yaml)
        var options = LintOptions()
        options.paths = paths.map { $0 == "." ? scratch.path : scratch.appendingPathComponent($0).path }
        options.root = scratch.path
        options.forceExclude = forceExclude
        try Configuration.load(path: scratch.appendingPathComponent(".randlint.yml").path).apply(to: &options)
        return try Linter(options: options).lint()
    }

    // MARK: - Discovery

    func testFoundFromTheWorkingDirectoryUpwardFirstWins() throws {
        try write("a/b/c/file.swift", "")
        XCTAssertNil(Configuration.find(from: scratch.appendingPathComponent("a/b/c").path), "no configuration anywhere above")
        try write(".randlint.yml", "rules: {key-reuse: off}\n")
        XCTAssertEqual(Configuration.find(from: scratch.appendingPathComponent("a/b/c").path),
                       scratch.appendingPathComponent(".randlint.yml").standardizedFileURL.path)
        try write("a/.randlint.yml", "rules: {global-seed: off}\n")
        let found = try XCTUnwrap(Configuration.find(from: scratch.appendingPathComponent("a/b/c").path))
        XCTAssertEqual(found, scratch.appendingPathComponent("a/.randlint.yml").standardizedFileURL.path, "the nearest file wins")
        XCTAssertEqual(try Configuration.load(path: found).rules, ["global-seed": .off])
        // A folder named .randlint.yml is not a configuration.
        try FileManager.default.createDirectory(at: scratch.appendingPathComponent("a/b/.randlint.yml"), withIntermediateDirectories: true)
        XCTAssertEqual(Configuration.find(from: scratch.appendingPathComponent("a/b/c").path), found)
    }

    func testEmptyAndCommentOnlyFilesAreValid() throws {
        XCTAssertTrue(try parse("").rules.isEmpty)
        XCTAssertTrue(try parse("# nothing yet\n\n").rules.isEmpty)
        XCTAssertTrue(try parse("rules:\n").rules.isEmpty)
    }

    // MARK: - Errors: file:line and a did-you-mean

    func testEveryErrorNamesFileLineAndSuggests() throws {
        try write("bad-catalog.yml", "catalog: mine\napis:\n  - name: my_seed\n    kind: seed-globl\n")
        let cases: [(String, String)] = [
            ("rulez:\n  key-reuse: off\n", ".randlint.yml:1: unknown key 'rulez' in the configuration (did you mean 'rules'?)"),
            ("rules:\n  key-reuse: off\n  key-reus: error\n", ".randlint.yml:3: unknown rule 'key-reus' (did you mean 'key-reuse'?); `randlint rules` lists them"),
            ("rules:\n  key-reuse: eror\n", ".randlint.yml:2: unknown level 'eror' for key-reuse (did you mean 'error'?); use off, warning or error"),
            ("rules:\n  key-reuse: [error]\n", ".randlint.yml:2: the level of key-reuse must be one of off, warning, error"),
            ("include: Sources\nexclud: [x]\n", ".randlint.yml:2: unknown key 'exclud' in the configuration (did you mean 'exclude'?)"),
            ("entry-points:\n  - {a: b}\n", ".randlint.yml:2: entry-points must be a non-empty string"),
            ("catalogs: [missing.yml]\n", ".randlint.yml:1: catalog 'missing.yml' not found (paths are relative to the configuration file's folder)"),
            ("catalogs: [bad-catalog.yml]\n", scratch.appendingPathComponent("bad-catalog.yml").path + ":4: unknown kind 'seed-globl' (did you mean 'seed-global'?)"),
            ("custom-rules:\n  - id: no-foo\n    cal: foo\n    message: m\n", ".randlint.yml:3: unknown key 'cal' in a custom rule (did you mean 'call'?)"),
            ("custom-rules:\n  - id: no-foo\n    call: foo\n", ".randlint.yml:2: a custom rule needs 'message'"),
            ("custom-rules:\n  - id: no-foo\n    call: foo\n    message: m\n    level: eror\n", ".randlint.yml:5: unknown level 'eror' (did you mean 'error'?); a custom rule's level is warning or error"),
            ("custom-rules:\n  - id: no-foo\n    call: foo\n    message: m\n    languages: [swfit]\n", ".randlint.yml:5: unknown language 'swfit' (did you mean 'swift'?)"),
            ("custom-rules:\n  - id: key-reuse\n    call: foo\n    message: m\n", ".randlint.yml:2: custom rule id 'key-reuse' is a built-in rule's id; choose another"),
            ("custom-rules:\n  - id: no-foo\n    call: foo\n    message: m\n  - id: no-foo\n    call: bar\n    message: m\n", ".randlint.yml:5: custom rule id 'no-foo' is already used on line 2"),
            ("custom-rules:\n  - id: no-foo\n    call: foo(1)\n    message: m\n", ".randlint.yml:3: call 'foo(1)' must be a function name (`legacy_random`), a Swift member (`.nextBits`) or `Type.member`"),
            ("rules:\n  no-fo: off\ncustom-rules:\n  - id: no-foo\n    call: foo\n    message: m\n", ".randlint.yml:2: unknown rule 'no-fo' (did you mean 'no-foo'?); `randlint rules` lists them"),
            ("c:\n  flag: [-Iinclude]\n", ".randlint.yml:2: unknown key 'flag' in c (did you mean 'flags'?)"),
            ("rules: [key-reuse]\n", ".randlint.yml:1: rules must be a mapping"),
            ("rules:\n  key-reuse: off\n bad indent: x\n", ".randlint.yml:3: not valid YAML"),
        ]
        for (yaml, expected) in cases {
            XCTAssertThrowsError(try parse(yaml), yaml) { error in
                let text = (error as? RandLintError)?.description ?? "\(error)"
                XCTAssertTrue(text.hasPrefix(expected), "\(yaml)\n got: \(text)\nwant: \(expected)")
                XCTAssertFalse(text.contains("\n"), "one line: \(text)")
            }
        }
    }

    func testBareOffIsTheWordNotABoolean() throws {
        XCTAssertEqual(try parse("rules:\n  key-reuse: off\n  global-seed: warning\n  mid-program-reseed: error\n").rules,
                       ["key-reuse": .off, "global-seed": .warning, "mid-program-reseed": .error])
    }

    // MARK: - Rule levels

    static let seeded = "import Glibc\nfunc f() { srand(1) }\n"

    func testLevelsChangeFindingsAndOffRemovesTheRule() throws {
        try write("a.swift", Self.seeded)
        let defaults = try lint("")
        XCTAssertEqual(Set(defaults.findings.map { "\($0.ruleID):\($0.level)" }), ["global-seed:warning", "mid-program-reseed:error"])
        let changed = try lint("rules:\n  global-seed: error\n  mid-program-reseed: off\n")
        XCTAssertEqual(changed.findings.map { "\($0.ruleID):\($0.level)" }, ["global-seed:error"])
        XCTAssertEqual(changed.rules.first { $0.id == "global-seed" }?.level, .error, "SARIF metadata sees the configured level")
        XCTAssertFalse(changed.rules.contains { $0.id == "mid-program-reseed" })
    }

    func testSelectionPrecedence() throws {
        let configuration = try parse("rules:\n  global-seed: off\n  unused-suppression: error\n")
        let ids = { (select: [String]?, ignore: [String], enable: [String]) in
            try Linter.selectRules(select: select, ignore: ignore, enable: enable, configuration: configuration).map(\.id)
        }
        let defaults = ["generator-copy", "hidden-global-rng", "insecure-rng-for-secret", "key-created-inside", "key-reuse", "mid-program-reseed", "modulo-bias", "rand-int-division",
                        "seed-arithmetic", "thread-unsafe-rng", "time-seed"]
        XCTAssertEqual(try ids(nil, [], []), defaults + ["unused-suppression"])
        XCTAssertEqual(try ids(["global-seed"], [], []), ["global-seed"], "--select names exactly the rules to run")
        XCTAssertEqual(try ids(nil, ["key-reuse"], []), defaults.filter { $0 != "key-reuse" } + ["unused-suppression"])
        XCTAssertEqual(try Linter.selectRules(select: nil, ignore: [], enable: [], configuration: nil).map(\.id),
                       (["global-seed"] + defaults).sorted(), "unused-suppression is off by default")
        XCTAssertEqual(try Linter.selectRules(select: nil, ignore: [], enable: ["unused-suppression"], configuration: nil).count, defaults.count + 2)
        XCTAssertEqual(try Linter.selectRules(select: nil, ignore: [], enable: [], configuration: configuration).first { $0.id == "unused-suppression" }?.level, .error)
        XCTAssertThrowsError(try ids(nil, [], ["unused-supression"])) { error in
            XCTAssertTrue("\(error)".contains("did you mean 'unused-suppression'?"), "\(error)")
        }
    }

    // MARK: - include / exclude

    func testGlobs() {
        let cases: [(String, String, Bool)] = [
            ("Generated", "Generated/a.swift", true),
            ("Generated/", "Generated/x/a.swift", true),
            ("Generated/**", "Generated/x/a.swift", true),
            ("Generated", "Sources/Generated/a.swift", true),  // no slash: any depth
            ("/Generated", "Sources/Generated/a.swift", false),  // leading slash: anchored
            ("*.pb.swift", "Sources/Model/a.pb.swift", true),
            ("*.pb.swift", "Sources/Model/a.swift", false),
            ("Sources/*.swift", "Sources/a.swift", true),
            ("Sources/*.swift", "Sources/x/a.swift", false),
            ("Sources/**/*.swift", "Sources/a.swift", true),
            ("Sources/**/*.swift", "Sources/x/y/a.swift", true),
            ("**/Tests/**", "Pkg/Tests/a.swift", true),
            ("Tests", "MyTests/a.swift", false),
            ("file?.c", "src/file1.c", true),
            ("file[0-9].c", "src/file7.c", true),
            ("file[!0-9].c", "src/file7.c", false),
        ]
        for (pattern, path, expected) in cases {
            XCTAssertEqual(Glob(pattern).matches(path), expected, "\(pattern) vs \(path)")
        }
    }

    func testExcludeAndIncludeApplyToDiscoveredFilesAndForceExcludeToNamedOnes() throws {
        for path in ["Sources/a.swift", "Sources/Generated/b.swift", "Tests/c.swift", "Vendor/d.c"] {
            try write(path, path.hasSuffix(".c") ? "#include <stdlib.h>\nvoid f(void) { srand(1); }\n" : Self.seeded)
        }
        let yaml = "exclude: [Generated, \"Vendor/**\"]\ninclude: [Sources, Vendor]\n"
        XCTAssertEqual(Set(try lint(yaml).findings.map(\.path)), ["Sources/a.swift"])
        XCTAssertEqual(Set(try lint("exclude: [Generated]\n").findings.map(\.path)), ["Sources/a.swift", "Tests/c.swift", "Vendor/d.c"])
        // A file named on the command line is linted, unless --force-exclude.
        XCTAssertEqual(Set(try lint(yaml, ["Sources/Generated/b.swift"]).findings.map(\.path)), ["Sources/Generated/b.swift"])
        XCTAssertEqual(try lint(yaml, ["Sources/Generated/b.swift", "Sources/a.swift"], forceExclude: true).findings.map(\.path).uniqued(), ["Sources/a.swift"])
        // Globs are relative to the configuration file's folder, wherever the run starts.
        XCTAssertEqual(Set(try lint(yaml, ["Sources"]).findings.map(\.path)), ["Sources/a.swift"])
        // An editor's unsaved text of an excluded file gets no findings either.
        var options = LintOptions()
        options.root = scratch.path
        try Configuration.load(path: scratch.appendingPathComponent(".randlint.yml").path).apply(to: &options)
        let linter = try Linter(options: options)
        XCTAssertEqual(linter.lint(path: scratch.appendingPathComponent("Sources/Generated/b.swift").path, source: Self.seeded), [])
        XCTAssertFalse(linter.lint(path: scratch.appendingPathComponent("Sources/a.swift").path, source: Self.seeded).isEmpty)
    }

    // MARK: - entry points, catalogs, custom rules

    func testEntryPointsMakeAFunctionAnEntryPoint() throws {
        try write("sim.swift", "import RandomKeys\nfunc setUpSimulation() -> Double {\n    let key = RandomKey(seed: 42)\n    return key.uniform()\n}\n")
        XCTAssertEqual(try lint("").findings.map(\.ruleID), ["key-created-inside"])
        XCTAssertEqual(try lint("entry-points: [setUpSimulation]\n").findings.map(\.ruleID), [])
    }

    func testExtraCatalogAddsAnAPI() throws {
        try write("tools/mylib.yml", """
            catalog: mylib
            languages: [c, swift]
            generators: {mylib-global: "mylib's process-wide generator"}
            apis:
              - name: mylib_seed
                kind: seed-global
                generator: mylib-global
                seed: 0
            """)
        try write("src/a.c", "void mylib_seed(unsigned);\nint main(void) { mylib_seed(7); return 0; }\n")
        try write("src/b.swift", "func setUp() { mylib_seed(7) }\n")
        XCTAssertEqual(try lint("").findings.count, 0)
        let report = try lint("catalogs: [tools/mylib.yml]\n")
        XCTAssertEqual(report.findings.filter { $0.ruleID == "global-seed" }.map(\.path), ["src/a.c", "src/b.swift"])
    }

    func testCustomCallRuleSwiftAndC() throws {
        try write("a.c", "int legacy_random(void) { return 4; }\nint f(void) { return legacy_random(); }\n")
        try write("b.swift", "func legacy_random() -> Int { 4 }\nfunc f() -> Int { legacy_random() + other() }\nfunc other() -> Int { 0 }\n")
        try write("c.swift", "struct Legacy { func next() -> Int { 1 } }\nfunc g(l: Legacy) -> Int { l.next() }\n")
        let yaml = """
            custom-rules:
              - id: no-legacy-random
                call: legacy_random
                message: legacy_random draws from the shared legacy generator
                level: error
                help: "draw from a key: rk_uniform(key)"
              - id: no-legacy-next
                call: .next
                message: Legacy.next repeats its stream in every process
                languages: [swift]
            """
        let report = try lint(yaml)
        XCTAssertEqual(report.findings.map { "\($0.path):\($0.range.start.line):\($0.range.start.column) \($0.ruleID) \($0.level)" },
                       ["a.c:2:22 no-legacy-random error", "b.swift:2:19 no-legacy-random error", "c.swift:2:28 no-legacy-next warning"])
        XCTAssertEqual(report.findings.first?.message, "legacy_random draws from the shared legacy generator")
        XCTAssertEqual(report.findings.first?.help, "draw from a key: rk_uniform(key)")
        XCTAssertTrue(report.rules.contains { $0.id == "no-legacy-random" && $0.summary.contains("legacy_random") })
        // Levels and suppressions apply to custom rules like any other.
        XCTAssertEqual(try lint(yaml + "\nrules:\n  no-legacy-random: off\n").findings.map(\.ruleID), ["no-legacy-next"])
    }

    func testCustomCallRuleAlsoFlagsACatalogAPI() throws {
        // A call the built-in catalogs know (srand) keeps its meaning and also gets the custom rule.
        try write("a.swift", Self.seeded)
        let report = try lint("custom-rules:\n  - id: no-srand\n    call: srand\n    message: srand is banned here\n")
        XCTAssertEqual(report.findings.map(\.ruleID), ["global-seed", "mid-program-reseed", "no-srand"])
    }

    func testCallEventsInTheModel() throws {
        var options = LintOptions()
        try write(".randlint.yml", "custom-rules:\n  - id: no-legacy\n    call: legacy_random\n    message: m\n")
        try Configuration.load(path: scratch.appendingPathComponent(".randlint.yml").path).apply(to: &options)
        let linter = try Linter(options: options)
        try write("m.swift", "func f() -> Int { legacy_random() }\n")
        XCTAssertTrue(try linter.model(path: scratch.appendingPathComponent("m.swift").path).dump.contains("call legacy_random"))
        try write("m.c", "int legacy_random(void);\nint f(void) { return legacy_random(); }\n")
        XCTAssertTrue(try linter.model(path: scratch.appendingPathComponent("m.c").path).dump.contains("2:22-2:37 call legacy_random"))
    }

    /// The README's full example is a valid configuration, and does what its comments say.
    func testReadmeExampleIsValid() throws {
        let readme = try String(contentsOf: EngineTests.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try XCTUnwrap(readme.range(of: "### Configuration: `.randlint.yml`"))
        let rest = readme[section.upperBound...]
        let open = try XCTUnwrap(rest.range(of: "```yaml\n"))
        let close = try XCTUnwrap(rest[open.upperBound...].range(of: "```"))
        let yaml = String(rest[open.upperBound..<close.lowerBound])
        for key in Configuration.topKeys + Configuration.customRuleKeys + Configuration.cKeys {
            XCTAssertTrue(yaml.contains("\(key):"), "the README example should show '\(key)'")
        }
        try write("tools/randlint/mylib.yml", "catalog: mylib\napis: []\n")
        try write(".randlint.yml", yaml)
        let configuration = try Configuration.load(path: scratch.appendingPathComponent(".randlint.yml").path)
        XCTAssertEqual(configuration.rules["unused-suppression"], .warning)
        XCTAssertEqual(configuration.customRules.map(\.id), ["no-legacy-random"])
        XCTAssertEqual(configuration.compileCommands, scratch.appendingPathComponent("build").standardizedFileURL.path)
        var options = LintOptions()
        configuration.apply(to: &options)
        XCTAssertEqual(options.cFlags, ["-Iinclude", "-DNDEBUG"])
        XCTAssertNoThrow(try Linter(options: options))
    }

    func testCatalogEntriesOfKindCallParse() throws {
        let catalog = try Catalog.parse("catalog: x\napis:\n  - name: old_rand\n    kind: call\n", path: "x.yml")
        XCTAssertEqual(catalog.apis.first?.kind, .call)
        XCTAssertTrue(catalog.apis[0].startsFinding, "a call entry must pass the prefilter")
    }
}

extension Array where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
