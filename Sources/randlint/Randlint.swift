import ArgumentParser
import Foundation
import RandLintCore

/// `randlint`: thin over the engine and the reporters. Exit codes: 0 clean, 1 findings at or
/// above the failing level, 2 usage, configuration or internal error (one line, no stack trace)
/// or a file that could not be analyzed (the report, findings included, is printed first).
@main
struct Randlint: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "randlint",
        abstract: "Find randomness misuse in Swift and C: global seeds, reused keys, keys conjured inside functions, reseeding.",
        version: version,
        subcommands: [Lint.self, ListRules.self, Explain.self, DumpModel.self, LSP.self, ConfigCommand.self],
        defaultSubcommand: Lint.self)

    static func main() {
        if CommandLine.arguments.dropFirst().elementsEqual(["--version"]) {  // commit and libclang too
            print(VersionLine.text(version: version))
            Foundation.exit(0)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as RandLintError {
            FileHandle.standardError.write(Data("randlint: error: \(error.description)\n".utf8))
            Foundation.exit(2)
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data("randlint: error: \(message(for: error))\n".utf8))
            FileHandle.standardError.write(Data("see 'randlint --help'\n".utf8))
            Foundation.exit(2)
        }
    }
}
