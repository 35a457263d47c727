import ArgumentParser
import Foundation
import RandLintCore
import RandLintEngine

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Work with .randlint.yml.", subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a configuration file (default: the .randlint.yml found from the working directory upward): prints 'FILE: ok' or the error with file:line, exit 2.")

        @Argument(help: "The configuration file to check.")
        var file: String?

        func run() throws {
            let path: String
            if let file { path = file }
            else if let found = Configuration.find(from: FileManager.default.currentDirectoryPath) { path = Configuration.display(found) }
            else { throw RandLintError("no \(Configuration.fileName) found in \(FileManager.default.currentDirectoryPath) or above") }
            let configuration = try Configuration.load(path: path)
            // Build the engine as a lint run would: catalogs, custom rules and rule selection are checked too.
            var options = LintOptions()
            configuration.apply(to: &options)
            _ = try Linter(options: options)
            print("\(path): ok")
        }
    }
}
