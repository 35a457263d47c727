import RandLintCore

extension Rule {
    public static let globalSeed = Rule(
        id: "global-seed", level: .warning,
        summary: "a process-wide generator is seeded, so results depend on every other user of it",
        rationale: """
            `srand(42)` and its relatives seed one generator shared by the whole process. Any code \
            (a library, another thread, a test run before this one) can draw from it or reseed it, so \
            the numbers a function gets depend on call order and on code far away, and the run is \
            not reproducible even with a fixed seed. An explicit key, created once at the entry point \
            and passed down, makes reproducibility a property of the code's structure.
            """,
        help: [
            .swift: "create a key at the entry point and pass it down: let key = RandomKey(seed: 42)",
            .c: "create a key in main and pass it down: rk_key key = rk_key_from_seed(42);",
        ],
        triggering: [
            Example("""
                #include <stdlib.h>
                int main(void) {
                    srand48(7); // expect: global-seed
                    return (int)(drand48() * 10);
                }
                """, file: "main.c"),
            Example("""
                import Glibc
                srand(42) // expect: global-seed
                let roll = rand() % 6
                """, file: "main.swift"),
        ],
        nonTriggering: [
            Example("""
                #include "randomkeys.h"
                int main(void) {
                    rk_key key = rk_key_from_seed(7);
                    return (int)(rk_uniform(key) * 10);
                }
                """, file: "main.c"),
            Example("""
                import RandomKeys
                let key = RandomKey(seed: 42)
                let roll = key.integer(in: 1...6)
                """, file: "main.swift"),
            Example("""
                struct Dice {
                    var state: UInt32 = 1
                    mutating func srand(_ seed: UInt32) { state = seed }
                    mutating func reset() { srand(7) }
                }
                """),
        ],
        startsOn: [.seedGlobal],
        metadata: RuleMetadata(cwe: [335]),
        check: { function, pass in
            EventWalk.forEach(function.body) { event, _ in
                guard event.kind == .seedGlobal else { return }
                pass.report(at: event.range, "\(event.callName) seeds the process-wide generator: any other code that draws from or reseeds it changes the numbers this program gets")
            }
        })
}
