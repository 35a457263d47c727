import RandLintCore

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

    static let operators: Set<String> = ["+", "-", "*", "^", "|", "<<", "&+", "&-", "&*", "&<<"]
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
                        return (op.replacingOccurrences(of: "&", with: ""), index)
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
        var words = Identifier.words(name)
        let prefixes: Set<String> = ["my", "this", "local", "global", "cur", "current"]
        let suffixes: Set<String> = ["id", "idx", "index", "num", "no", "number"]
        while let first = words.first, prefixes.contains(first), words.count > 1 { words.removeFirst() }
        while let last = words.last, suffixes.contains(last), words.count > 1 { words.removeLast() }
        guard words.count == 1, let word = words.first else { return false }
        return ["worker", "thread", "tid", "rank", "shard", "replica", "wid"].contains(word)
    }
}
