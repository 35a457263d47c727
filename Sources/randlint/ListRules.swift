import ArgumentParser
import RandLintRules

struct ListRules: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rules: id, default level, languages, summary.")

    func run() {
        let rows = allRules.map { [$0.id, $0.level.rawValue, $0.languages.map(\.rawValue).joined(separator: ","), $0.summary] }
        let header = ["RULE", "LEVEL", "LANGUAGES", "SUMMARY"]
        let widths = (0..<3).map { column in (rows + [header]).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            let padded = (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
            print((padded + [row[3]]).joined(separator: "  "))
        }
    }
}
