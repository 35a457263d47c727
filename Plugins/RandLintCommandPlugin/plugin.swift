import Foundation
import PackagePlugin

/// `swift package randlint [--target NAME]... [randlint lint options and paths]`
///
/// Runs `randlint lint` in the package directory (so `.randlint.yml` is found and paths print
/// relative to the package). Without `--target` randlint lints what it would lint from the
/// package root (`.` unless paths are given); each `--target NAME` adds that target's directory
/// instead. Every other argument goes to `randlint lint` unchanged, for example
/// `swift package randlint --format sarif --output randlint.sarif` or `--fail-on error`.
/// The exit status is randlint's: 0 clean, 1 findings at or above the failing level, 2 errors.
@main
struct RandLintCommandPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let targetNames = extractor.extractOption(named: "target")
        var lintArguments = ["lint"] + extractor.remainingArguments
        if !targetNames.isEmpty {
            let targets = try context.package.targets(named: targetNames)
            lintArguments += targets.map { $0.directoryURL.path(percentEncoded: false) }
        }

        let process = Process()
        process.executableURL = try context.tool(named: "randlint").url
        process.arguments = lintArguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()

        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            // `swift package randlint` then exits non-zero, as `randlint` itself does.
            throw RandLintFailed(reason: process.terminationReason, status: process.terminationStatus)
        }
    }
}

struct RandLintFailed: Error, CustomStringConvertible {
    var reason: Process.TerminationReason
    var status: Int32

    var description: String {
        switch (reason, status) {
        case (.exit, 1): return "randlint found problems at or above the failing level"
        case (.exit, let status): return "randlint failed (exit \(status))"
        default: return "randlint was killed by signal \(status)"
        }
    }
}
