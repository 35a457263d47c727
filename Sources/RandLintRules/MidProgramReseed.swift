import RandLintCore

extension Rule {
    public static let midProgramReseed = Rule(
        id: "mid-program-reseed", level: .error,
        summary: "a process-wide generator is reseeded in the middle of the program",
        rationale: """
            Reseeding a shared generator inside a loop, inside a library function, or after it was \
            already used resets the sequence every other part of the program is drawing from: \
            draws repeat (a loop that reseeds with the same value gets the same numbers each time), \
            and a function that reseeds silently changes the results of its callers. Seed once, at \
            the entry point, before any draw, or better pass an explicit key and split it.
            """,
        help: [
            .swift: "seed once at the entry point and pass a key down; per step use key.fold(in: step) or let (key, sub) = key.split()",
            .c: "seed once in main and pass an rk_key down; per step use rk_fold_in(key, step) or rk_split(key, sub, 2)",
        ],
        triggering: [
            Example("""
                #include <stdlib.h>
                int main(void) {
                    for (int i = 0; i < 10; i++) {
                        srand(i); // expect: mid-program-reseed
                    }
                    return rand();
                }
                """, file: "main.c"),
            Example("""
                import Glibc
                func resetNoise() {
                    srand(1) // expect: mid-program-reseed
                }
                """),
            Example("""
                import Glibc
                srand(7)
                let first = rand()
                srand(7) // expect: mid-program-reseed
                """, file: "main.swift"),
        ],
        nonTriggering: [
            Example("""
                #include <stdlib.h>
                int main(int argc, char **argv) {
                    srand(argc > 1 ? atoi(argv[1]) : 42);
                    return rand() % 100;
                }
                """, file: "main.c"),
            Example("""
                import RandomKeys
                let key = RandomKey(seed: 7)
                for step in 0..<10 {
                    let noise = key.fold(in: step).normal()
                    print(noise)
                }
                """, file: "main.swift"),
            Example("""
                import Glibc
                let fast = CommandLine.arguments.count > 1
                if fast { srand(1) } else { srand(2) }
                srand48(3)
                let x = rand()
                """, file: "main.swift"),
        ],
        startsOn: [.seedGlobal],
        metadata: RuleMetadata(cwe: [335]),
        check: { function, pass in
            PathWalk<Set<String>> { used, event, context in
                guard event.kind == .seedGlobal || event.kind == .drawGlobal, let generator = event.generator else { return }
                defer { used.insert(generator) }
                guard event.kind == .seedGlobal else { return }
                let call = event.callName
                if context.isRepeated {
                    let varies = event.seed?.value.map { seed in
                        var found = false
                        seed.forEachNode { if case .local(let name) = $0, context.loopVariables.contains(name) { found = true } }
                        return found
                    } ?? false
                    pass.report(at: event.range, varies
                        ? "\(call) reseeds the process-wide generator on every iteration: each iteration's numbers depend on the seed formula, not on one stream, and any other user of the generator is reset too"
                        : "\(call) reseeds the process-wide generator on every iteration: each iteration restarts the same sequence")
                } else if !function.isEntryPoint {
                    pass.report(at: event.range, "\(call) in '\(function.name)' reseeds the process-wide generator: every caller's later draws are reset to this sequence")
                } else if used.contains(generator) {
                    pass.report(at: event.range, "\(call) reseeds the process-wide generator after it was already seeded or drawn from: later draws repeat or restart the sequence")
                }
            }.run(function.body, from: [])
        })
}
