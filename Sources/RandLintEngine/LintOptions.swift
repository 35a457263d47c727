import RandLintCore

/// What one run analyzes and how. The CLI, the LSP server and tests build one of these;
/// `.randlint.yml` (when present) adds to it.
public struct LintOptions: Sendable {
    /// Files and folders to lint; files named here are linted even when hidden.
    public var paths: [String] = ["."]
    /// Only these rule ids run (nil: every rule).
    public var select: [String]? = nil
    /// These rule ids never run.
    public var ignore: [String] = []
    /// Worker threads; 0 means one per core.
    public var jobs: Int = 0
    /// Function names (bare or `Type.name`) that count as entry points, besides the built-in ones.
    public var extraEntryPoints: [String] = []
    /// Extra catalog files (YAML, the rule plugins) to load after the built-in ones.
    public var extraCatalogs: [String] = []
    /// C: extra compiler flags (`-I`, `-D`) used when no compile database names the file.
    public var cFlags: [String] = []
    /// C: a compile_commands.json file, or the folder holding one (clang-tidy's `-p`).
    public var compileDatabase: String? = nil
    /// The directory paths are shown relative to (SARIF's `%SRCROOT%`); nil: the working directory.
    public var root: String? = nil
    /// Opt-in rules to run besides the default ones (`--enable unused-suppression`).
    public var enable: [String] = []
    /// `.randlint.yml`: rule levels, include/exclude globs, custom rules (see `Configuration.apply(to:)`).
    public var configuration: Configuration? = nil
    /// Apply the configuration's excludes to files named in `paths` too (pre-commit passes files).
    public var forceExclude: Bool = false
    /// A baseline file (`--baseline`): findings it records are not reported.
    public var baseline: String? = nil
    /// Called as files finish, with (files done, files in the run), from any thread. The CLI draws
    /// a progress line on a terminal with it.
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil

    /// Apply fixes up to this applicability (`--fix`: safe; with `--unsafe-fixes`: unsafe) to the
    /// text in memory; the report then holds the fixed files and the findings left in them.
    public var applyFixes: Fix.Applicability? = nil

    /// For an editor, which lints the same documents again and again: keep each Swift
    /// document's last parse and parse a new text of it incrementally (`Linter.documentClosed`
    /// lets one go).
    public var reparsesIncrementally = false

    public init() {}
}
