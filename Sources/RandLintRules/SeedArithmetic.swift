import RandLintCore

extension Rule {
    public static let seedArithmetic = Rule(
        id: "seed-arithmetic", level: .warning,
        summary: "one seed per worker or iteration is computed as base + i, so the streams overlap across workers and runs",
        rationale: """
            Seeding each iteration, worker or thread with `base + i` (or `base * i`, `base ^ i`) \
            gives neighbouring seeds, and for many generators (LCGs, `rand`, Mersenne Twister \
            seeded by a small integer) the streams of neighbouring seeds are correlated. Worse, \
            runs are not independent of each other: `base + 1` of one run is `base` of the next, \
            so run 2's worker 0 repeats run 1's worker 1 number for number. Deriving the per-worker \
            key from one key — `key.fold(in: i)` or `key.split(into: n)[i]` — hashes the index into \
            the key, so every worker's stream is independent of every other's, in this run and the \
            next. A seed read from a list of seeds (`seeds[i]`), or passed through a hash function of \
            the project (`splitmix64(base ^ i)`), is not reported.
            """,
        help: [
            .swift: "derive one key per worker from one key: let workerKey = key.fold(in: UInt64(i)) (or key.split(into: n)[i])",
            .c: "derive one key per worker from one key: rk_key worker = rk_fold_in(key, (uint64_t)i);",
        ],
        triggering: [
            Example("""
                #include <stdlib.h>
                void simulate(int workers, unsigned base) {
                    for (int w = 0; w < workers; w++) {
                        srand(base + w); // expect: global-seed, mid-program-reseed, seed-arithmetic
                    }
                }
                """, file: "workers.c"),
            Example("""
                import RandomKeys
                func run(seed: UInt64, workers: Int) -> [Double] {
                    (0..<workers).map { worker in
                        RandomKey(seed: seed &+ UInt64(worker)).uniform() // expect: key-created-inside, seed-arithmetic
                    }
                }
                """),
        ],
        nonTriggering: [
            Example("""
                #include "randomkeys.h"
                double run(rk_key key, int workers) {
                    double total = 0;
                    for (int w = 0; w < workers; w++) {
                        total += rk_uniform(rk_fold_in(key, (uint64_t)w));
                    }
                    return total;
                }
                """, file: "workers.c"),
            Example("""
                import RandomKeys
                func run(seeds: [UInt64]) -> [Double] {
                    seeds.indices.map { i in
                        RandomKey(seed: seeds[i]).uniform() // expect: key-created-inside
                    }
                }
                """),
        ],
        startsOn: [.seedGlobal, .makeKey, .makeGenerator],
        metadata: RuleMetadata(cwe: [335]),
        fix: "unsafe: `RandomKey(seed: base + i)` becomes `RandomKey(seed: base).fold(in: i)`, C `rk_key_from_seed(base + i)` becomes `rk_fold_in(rk_key_from_seed(base), i)`. Global seeds and other generators: none (they need a key passed in first).",
        check: { function, pass in
            ValueFlow.walk(function) { event, context, resolver in
                guard event.kind == .seedGlobal || event.kind == .makeKey || event.kind == .makeGenerator,
                      let seed = event.seed?.value else { return }
                guard let (op, index) = SeedIndex.combination(in: resolver.resolve(seed), varying: Set(context.loopVariables))
                else { return }
                let what = event.kind == .seedGlobal ? "the process-wide generator" : event.kind == .makeKey ? "this key" : "this generator"
                pass.report(at: event.range, """
                    \(what) is seeded with a base \(op) \(index.description): neighbouring seeds give correlated streams \
                    for many generators, and the next run's seeds overlap this run's
                    """, fix: foldFix(event, varying: Set(context.loopVariables), pass))
            }
        })

    /// Unsafe (other numbers are drawn): the key made from the base alone, then folded with the
    /// index — `RandomKey(seed: base).fold(in: i)`, `rk_fold_in(rk_key_from_seed(base), i)` —
    /// where the seed argument is itself `base op index`.
    private static func foldFix(_ event: Event, varying: Set<String>, _ pass: RulePass) -> Fix? {
        guard event.kind == .makeKey, event.api == "RandomKey" || event.api == "rk_key_from_seed", let text = pass.fixText,
              let seed = event.seed?.value?.strippingCasts, case .op(let op, let operands, let range) = seed, operands.count == 2,
              SeedIndex.operators.contains(op), event.range.encloses(range),
              let (left, right) = text.operands(of: range, operator: op) else { return nil }
        let indexOnLeft = SeedIndex.index(operands[0].strippingCasts, varying: varying) != nil
        guard indexOnLeft || SeedIndex.index(operands[1].strippingCasts, varying: varying) != nil else { return nil }
        let (base, index) = indexOnLeft ? (right, left) : (left, right)
        let baseText = text.text(base), indexText = text.text(index)
        let call = text.span(event.range)
        switch pass.file.language {
        case .swift:
            return Fix(title: "fold the index into the base key: .fold(in: \(indexText))", applicability: .unsafe,
                       edits: [text.edit(text.span(range), baseText), text.insert(at: call.end, ".fold(in: \(indexText))")])
        case .c:
            return Fix(title: "fold the index into the base key: rk_fold_in(…, \(indexText))", applicability: .unsafe,
                       edits: [text.insert(at: call.start, "rk_fold_in("), text.edit(text.span(range), baseText),
                               text.insert(at: call.end, ", \(indexText))")])
        }
    }
}
