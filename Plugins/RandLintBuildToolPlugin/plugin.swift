import Foundation
import PackagePlugin

/// Lints a target's Swift and C files during `swift build` (and in Xcode), so randlint's findings
/// appear as build warnings and errors at their source lines.
///
/// A `.buildCommand`, not a `.prebuildCommand`: SwiftPM refuses prebuild commands whose tool is
/// built from source (the `randlint` executable of this package). With the target's sources as
/// `inputFiles` and no outputs, the command runs on the first build and whenever one of those
/// files changes; a no-op build skips it (so findings are printed again only for changed targets).
///
/// Exit code policy: `--fail-on error`. Findings at warning level are printed as `warning:` and
/// never fail the build; findings at error level (by default key-reuse, mid-program-reseed,
/// rand-int-division, generator-copy) are printed as `error:` and fail it, as a compiler error
/// would. Lower a rule to `warning` (or turn it `off`) in `.randlint.yml` to keep it from
/// failing builds. A usage or configuration error (exit 2) fails the build too.
@main
struct RandLintBuildToolPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let inputs = target.sourceFiles.map(\.url).filter { Self.extensions.contains($0.pathExtension) }
        return try Self.commands(tool: context.tool(named: "randlint").url, targetName: target.name, inputs: inputs,
                                 cFlags: Self.cFlags(for: target))
    }

    static let extensions: Set<String> = ["swift", "c", "h"]

    /// For C: the header search paths and definitions the target compiles with (its own folder,
    /// public headers and cSettings, and the public headers of the C targets it depends on), so
    /// libclang sees the same declarations as the compiler.
    static func cFlags(for target: SourceModuleTarget) -> [String] {
        guard target.sourceFiles.contains(where: { ["c", "h"].contains($0.url.pathExtension) }) else { return [] }
        var flags: [String] = []
        func add(_ flag: String) { if !flags.contains(flag) { flags.append(flag) } }
        for case let clang as ClangSourceModuleTarget in [target as Target] + target.recursiveTargetDependencies {
            if clang.id == target.id {
                add("-I" + clang.directoryURL.path(percentEncoded: false))
                for path in clang.headerSearchPaths { add("-I" + clang.directoryURL.appending(path: path).path(percentEncoded: false)) }
                for definition in clang.preprocessorDefinitions { add("-D" + definition) }
            }
            if let headers = clang.publicHeadersDirectoryURL { add("-I" + headers.path(percentEncoded: false)) }
        }
        return flags.flatMap { ["--c-flag", $0] }
    }

    static func commands(tool: URL, targetName: String, inputs: [URL], cFlags: [String] = []) -> [Command] {
        guard !inputs.isEmpty else { return [] }
        return [.buildCommand(
            displayName: "randlint \(targetName)",
            executable: tool,
            // Absolute paths: Xcode and SwiftPM attach the diagnostics to the files by path.
            arguments: ["lint", "--force-exclude", "--format", "gcc", "--fail-on", "error"] + cFlags
                + inputs.map { $0.path(percentEncoded: false) },
            inputFiles: inputs,
            outputFiles: [])]
    }
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension RandLintBuildToolPlugin: XcodeBuildToolPlugin {
    func createBuildCommands(context: XcodePluginContext, target: XcodeTarget) throws -> [Command] {
        let inputs = target.inputFiles.map(\.url).filter { Self.extensions.contains($0.pathExtension) }
        return try Self.commands(tool: context.tool(named: "randlint").url, targetName: target.displayName, inputs: inputs)
    }
}
#endif
