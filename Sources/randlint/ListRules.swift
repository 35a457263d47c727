import ArgumentParser
import RandLintEngine

struct ListRules: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rules: id, default level, languages, summary.")

    @Option(help: "Use this configuration file (its custom rules are listed too) instead of the .randlint.yml found upward.")
    var config: String?

    func run() throws {
        let rules = Configuration.availableRules(try Configuration.resolve(explicit: config))
        let rows = rules.map { [$0.id, $0.enabledByDefault ? $0.level.rawValue : "off (opt-in \($0.level.rawValue))",
                                $0.languages.map(\.rawValue).joined(separator: ","), $0.summary] }
        let header = ["RULE", "LEVEL", "LANGUAGES", "SUMMARY"]
        let widths = (0..<3).map { column in (rows + [header]).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            let padded = (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
            print((padded + [row[3]]).joined(separator: "  "))
        }
    }
}
