import ArgumentParser
import Foundation
import RandLintLSP

/// `randlint lsp`: the language server, over stdin/stdout.
struct LSP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server over stdio (editor diagnostics while typing).",
        discussion: "Speaks LSP 3.17 with Content-Length framing on stdin/stdout; logs go to stderr. See Docs/editors.md.")

    @Flag(help: "Accepted for clients that pass it; stdio is the only transport.")
    var stdio = false

    func run() throws {
        let code = LanguageServer.serveStdio(version: Randlint.version)
        throw ExitCode(code)
    }
}
