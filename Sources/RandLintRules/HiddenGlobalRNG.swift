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
        check: { function, pass in
            EventWalk.forEach(function.body) { event, _ in
                guard event.kind == .drawGlobal else { return }
                let call = event.macro.map { "macro \($0) (expands to \(event.api))" } ?? event.api
                switch event.generator {
                case "swift-system":
                    pass.report(at: event.range, "\(call) without using: draws from the system generator, which cannot be seeded: these numbers can never be reproduced")
                case "arc4random":
                    pass.report(at: event.range, "\(call) draws from a system generator that cannot be seeded: these numbers can never be reproduced")
                default:
                    pass.report(at: event.range, "\(call)() draws from the process-wide C generator: its numbers depend on every other caller and on whoever seeded it last")
                }
            }
        })
}
