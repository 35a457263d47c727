import RandLintCore

extension Rule {
    public static let timeSeed = Rule(
        id: "time-seed", level: .warning,
        summary: "a seed is taken from the clock or the process id, so no run can be repeated",
        rationale: """
            A seed computed from `time()`, `gettimeofday`, `Date()` or `getpid()` differs on every \
            run: a result cannot be reproduced, a failing case cannot be replayed, and two \
            processes started in the same second (a batch of jobs, a test runner) get the same \
            numbers. A fixed seed at the entry point, recorded with the results, gives both \
            variety (change it on purpose) and reproducibility.
            """,
        help: [
            .swift: "seed from a fixed, recorded value at the entry point: let key = RandomKey(seed: 42), and pass the key down",
            .c: "seed from a fixed, recorded value in main: rk_key key = rk_key_from_seed(42); and pass the key down",
        ],
        triggering: [
            Example("""
                #include <stdlib.h>
                #include <time.h>
                int main(void) {
                    time_t now = time(NULL);
                    srand((unsigned)now); // expect: global-seed, time-seed
                    return 0;
                }
                """, file: "main.c"),
            Example("""
                import Foundation
                import RandomKeys
                let started = Date()
                let key = RandomKey(seed: UInt64(started.timeIntervalSince1970)) // expect: time-seed
                print(key.uniform())
                """, file: "main.swift"),
        ],
        nonTriggering: [
            Example("""
                #include <stdio.h>
                #include <time.h>
                #include "randomkeys.h"
                int main(void) {
                    time_t started = time(NULL);
                    rk_key key = rk_key_from_seed(42);
                    printf("%ld %f\\n", (long)started, rk_uniform(key));
                    return 0;
                }
                """, file: "main.c"),
            Example("""
                import Foundation
                import RandomKeys
                var seed: UInt64 = UInt64(Date().timeIntervalSince1970)
                seed = 42
                let key = RandomKey(seed: seed)
                print(key.uniform())
                """, file: "main.swift"),
        ],
        startsOn: [.seedGlobal, .makeKey, .makeGenerator],
        metadata: RuleMetadata(cwe: [337]),
        check: { function, pass in
            guard function.containsValueNode(where: { if case .clock = $0 { return true } else { return false } }) else { return }
            ValueFlow.walk(function) { event, _, resolver in
                guard event.kind == .seedGlobal || event.kind == .makeKey || event.kind == .makeGenerator,
                      let seed = event.seed?.value, let clock = resolver.resolve(seed).clockRead else { return }
                let what = event.kind == .seedGlobal ? "the process-wide generator" : event.kind == .makeKey ? "this key" : "this generator"
                let source = clock == "getpid" || clock == "processIdentifier" ? "the process id (\(clock))" : "the clock (\(clock))"
                pass.report(at: event.range, "\(what) is seeded from \(source): every run draws different numbers, and no run can be repeated")
            }
        })
}
