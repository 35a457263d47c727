import ArgumentParser
import RandLintEngine

struct DumpModel: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "dump-model", abstract: "Print the program model of a file, as the rules see it.")

    @Argument(help: "A Swift or C file.")
    var file: String

    func run() throws {
        print(try Linter(options: .init()).model(path: file).dump, terminator: "")
    }
}
