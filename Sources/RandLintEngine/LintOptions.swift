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

    public init() {}
}
