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
                    """)
            }
        })
}

/// What varies per iteration or per worker in a seed expression.
enum SeedIndex: CustomStringConvertible {
    case loopVariable(String)
    case worker(String)
    case threadCall(String)

    var description: String {
        switch self {
        case .loopVariable(let name): return "the loop variable `\(name)`"
        case .worker(let name): return "the worker id `\(name)`"
        case .threadCall(let name): return "the thread id `\(name)()`"
        }
    }

    static let operators: Set<String> = ["+", "-", "*", "^", "|", "<<", "&+", "&-", "&*", "&<<", "+=", "-=", "*=", "^="]
    static let threadCalls: Set<String> = ["omp_get_thread_num", "pthread_self", "gettid", "thrd_current", "omp_get_team_num"]

    /// The first operator node (pre-order) that combines something with a per-iteration or
    /// per-worker index, and that index. `seeds[i]` is a member path, not an operator, and a
    /// project function's result (`splitmix64(base ^ i)`, a hash) is not looked into: no match.
    static func combination(in value: Value, varying: Set<String>) -> (String, SeedIndex)? {
        switch value {
        case .op(let op, let operands, _):
            if operands.count == 2, operators.contains(op) {
                for operand in operands {
                    if let index = index(operand.strippingCasts, varying: varying) {
                        return (op.hasSuffix("=") ? String(op.dropLast()) : op.replacingOccurrences(of: "&", with: ""), index)
                    }
                }
            }
            for operand in operands {
                if let found = combination(in: operand, varying: varying) { return found }
            }
            return nil
        case .cast(_, let inner): return combination(in: inner, varying: varying)
        default: return nil
        }
    }

    static func index(_ value: Value, varying: Set<String>) -> SeedIndex? {
        switch value {
        case .local(let name), .parameter(let name):
            if varying.contains(name) { return .loopVariable(name) }
            if isWorkerName(name) { return .worker(name) }
        case .member(let path):
            guard !path.contains("[") else { return nil }
            let last = path.split(whereSeparator: { $0 == "." || $0 == ">" }).last.map(String.init) ?? path
            if isWorkerName(last) { return .worker(path) }
        case .call(let name, let arguments):
            if threadCalls.contains(name), arguments.isEmpty { return .threadCall(name) }
        default:
            break
        }
        return nil
    }

    /// `worker`, `workerID`, `thread_index`, `tid`, `rank`, `myRank`, `shardIndex`: a name that
    /// identifies one of several workers. `threadCount`, `workers` (a count) are not.
    static func isWorkerName(_ name: String) -> Bool {
        var words: [String] = []
        var current = ""
        for character in name {
            if character == "_" || character.isNumber {
                if !current.isEmpty { words.append(current.lowercased()); current = "" }
            } else if character.isUppercase, let last = current.last, last.isLowercase {
                words.append(current.lowercased())
                current = String(character)
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        let prefixes: Set<String> = ["my", "this", "local", "global", "cur", "current"]
        let suffixes: Set<String> = ["id", "idx", "index", "num", "no", "number"]
        while let first = words.first, prefixes.contains(first), words.count > 1 { words.removeFirst() }
        while let last = words.last, suffixes.contains(last), words.count > 1 { words.removeLast() }
        guard words.count == 1, let word = words.first else { return false }
        return ["worker", "thread", "tid", "rank", "shard", "replica", "wid"].contains(word)
    }
}
