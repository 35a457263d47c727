import ArgumentParser
import RandLintCore
import RandLintEngine

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Explain a rule: why it matters, what it catches, what to write instead.")

    @Argument(help: "A rule id (see `randlint rules`).")
    var rule: String

    @Option(help: "Use this configuration file (to explain its custom rules) instead of the .randlint.yml found upward.")
    var config: String?

    func run() throws {
        let rules = Configuration.availableRules(try Configuration.resolve(explicit: config))
        guard let rule = rules.first(where: { $0.id == rule }) else {
            throw RandLintError("unknown rule '\(self.rule)'\(DidYouMean.suggestion(for: self.rule, among: rules.map(\.id))); `randlint rules` lists them")
        }
        print(RuleDocument(rule).text)
    }
}
