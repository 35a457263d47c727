import RandLintCore

extension Rule {
    public static let hiddenGlobalRNG = Rule(
        id: "hidden-global-rng", level: .warning,
        summary: "a draw from a hidden process-wide generator, which no caller can seed or replay",
        rationale: """
            `rand()`, `random()`, `drand48()` and Swift's `Int.random(in:)` or `shuffled()` without \
            `using:` draw from one generator that the whole process shares. The numbers a function \
            gets depend on every other caller (a library, another thread, a test that ran before) \
            and, for Swift's default generator and `arc4random`, on a seed nobody can set, so a run \
            cannot be reproduced and a failing case cannot be replayed. Drawing from a key passed \
            in makes the numbers a function of the key alone.
            """,
        help: [
            .swift: "draw from a key passed in: key.integer(in: 0..<6), or var g = key.generator() and xs.shuffled(using: &g)",
            .c: "draw from a key passed in: rk_bounded(key, 6) or rk_uniform(key)",
        ],
        triggering: [
            Example("""
                #include <stdlib.h>
                int roll(void) {
                    return 1 + (int)(drand48() * 6); // expect: hidden-global-rng
                }
                """, file: "dice.c"),
            Example("""
                func deal(_ deck: [Int]) -> [Int] {
                    deck.shuffled() // expect: hidden-global-rng
                }
                """),
        ],
        nonTriggering: [
            Example("""
                #include <stdlib.h>
                int roll(unsigned short state[3]) {
                    return 1 + (int)(erand48(state) * 6);
                }
                """, file: "dice.c"),
            Example("""
                import RandomKeys
                func deal(_ deck: [Int], key: RandomKey) -> [Int] {
                    var g = key.generator()
                    return deck.shuffled(using: &g)
                }
                """),
        ],
        startsOn: [.drawGlobal],
        metadata: RuleMetadata(cwe: [330]),
        fix: "unsafe, Swift, where the function has exactly one `inout` generator or key parameter: `Int.random(in: r)` becomes `Int.random(in: r, using: &rng)`; with a key, `var g = key.generator()` goes at the top of the body and each draw gets `using: &g`. C: none (a key must be passed in first).",
        check: { function, pass in
            EventWalk.forEach(function.body) { event, context in
                guard event.kind == .drawGlobal else { return }
                let call = event.macro.map { "macro \($0) (expands to \(event.api))" } ?? event.api
                switch event.generator {
                case "swift-system":
                    pass.report(at: event.range, "\(call) without using: draws from the system generator, which cannot be seeded: these numbers can never be reproduced",
                                fix: usingFix(event, function, context, pass))
                case "arc4random":
                    pass.report(at: event.range, "\(call) draws from a system generator that cannot be seeded: these numbers can never be reproduced")
                default:
                    pass.report(at: event.range, "\(call)() draws from the process-wide C generator: its numbers depend on every other caller and on whoever seeded it last")
                }
            }
        })

    /// Unsafe (other numbers are drawn), Swift: where the function has exactly one generator or
    /// key parameter, the draw passes it — `using: &rng`, or for a key `using: &g` after one
    /// `var g = key.generator()` at the top of the body. Not inside closures (an `inout`
    /// parameter or a `var` cannot always be captured there).
    private static func usingFix(_ event: Event, _ function: Function, _ context: WalkContext, _ pass: RulePass) -> Fix? {
        guard pass.file.language == .swift, event.macro == nil, context.loops.allSatisfy({ $0 == .statement }),
              let text = pass.fixText, function.range.encloses(event.range) else { return nil }
        let sources = function.parameters.filter { $0.isUsableGenerator || $0.isKey }
        guard sources.count == 1, let source = sources.first, let (open, close) = text.argumentList(text.span(event.range)) else { return nil }
        var edits: [Edit] = []
        let generator: String
        if source.isUsableGenerator {
            generator = source.name
        } else {
            let body = text.span(function.range)
            if let existing = ["g", "generator", "keyGenerator"].first(where: { text.text(body).contains("var \($0) = \(source.name).generator()") }) {
                generator = existing
            } else {
                guard let start = function.bodyStart?.offset, text.startsLine(start),
                      let fresh = ["g", "generator", "keyGenerator"].first(where: { !text.mentions($0, in: body) }) else { return nil }
                edits.append(text.insert(at: start, "var \(fresh) = \(source.name).generator()\n\(text.source.indentation(at: start))"))
                generator = fresh
            }
        }
        let empty = text.text(FixText.Span(start: open + 1, end: close)).trimmingSpaces.isEmpty
        edits.append(text.insert(at: close, empty ? "using: &\(generator)" : ", using: &\(generator)"))
        return Fix(title: "draw from the \(source.isKey ? "key" : "generator") passed in: using: &\(generator)", applicability: .unsafe, edits: edits)
    }
}
