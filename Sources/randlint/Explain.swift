import ArgumentParser
import RandLintCore
import RandLintRules

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Explain a rule: why it matters, what it catches, what to write instead.")

    @Argument(help: "A rule id (see `randlint rules`).")
    var rule: String

    func run() throws {
        guard let rule = allRules.first(where: { $0.id == rule }) else {
            throw RandLintError("unknown rule '\(self.rule)'\(DidYouMean.suggestion(for: self.rule, among: allRules.map(\.id))); `randlint rules` lists them")
        }
        print(RuleDocument(rule).text)
    }
}
