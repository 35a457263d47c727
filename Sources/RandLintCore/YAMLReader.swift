import Yams

/// Reads a YAML file into nodes and turns every problem into `path:line: message`.
/// Shared by catalogs and configuration so both report errors the same way.
public struct YAMLReader {
    public let path: String

    public init(path: String) { self.path = path }

    public func root(_ text: String) throws -> Node {
        do {
            guard let node = try Yams.compose(yaml: text) else { throw RandLintError(path: path, line: 1, "the file is empty") }
            return node
        } catch let error as YamlError {
            throw RandLintError(path: path, line: Self.line(of: error), "not valid YAML: \(Self.problem(of: error))")
        }
    }

    public func error(_ node: Node?, _ message: String) -> RandLintError {
        RandLintError(path: path, line: node?.mark?.line ?? 1, message)
    }

    /// The mapping's entries as (key, key node, value), rejecting keys not in `allowed` with a did-you-mean.
    /// `checkKeys: false` takes any string key (the caller validates them).
    public func mapping(_ node: Node, allowed: [String], what: String, checkKeys: Bool = true) throws -> [(String, Node, Node)] {
        guard let mapping = node.mapping else { throw error(node, "\(what) must be a mapping") }
        var entries: [(String, Node, Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { throw error(keyNode, "keys of \(what) must be strings") }
            guard !checkKeys || allowed.contains(key) else {
                throw error(keyNode, "unknown key '\(key)' in \(what)\(DidYouMean.suggestion(for: key, among: allowed))")
            }
            entries.append((key, keyNode, value))
        }
        return entries
    }

    public func string(_ node: Node, _ what: String) throws -> String {
        guard let scalar = node.scalar, !scalar.string.isEmpty else { throw error(node, "\(what) must be a non-empty string") }
        return scalar.string
    }

    public func strings(_ node: Node, _ what: String) throws -> [String] {
        if node.scalar != nil { return [try string(node, what)] }
        guard let sequence = node.sequence else { throw error(node, "\(what) must be a list of strings") }
        return try sequence.map { try string($0, what) }
    }

    public func int(_ node: Node, _ what: String) throws -> Int {
        guard let value = node.scalar.flatMap({ Int($0.string) }), value >= 0 else {
            throw error(node, "\(what) must be a non-negative integer")
        }
        return value
    }

    public func bool(_ node: Node, _ what: String) throws -> Bool {
        switch node.scalar?.string {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw error(node, "\(what) must be true or false")
        }
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return 1
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        default: return "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable"
        }
    }
}

/// "did you mean" suggestions by edit distance, for keys, values and rule ids.
public enum DidYouMean {
    public static func suggestion(for word: String, among candidates: [String]) -> String {
        let best = candidates.map { ($0, distance(word, $0)) }.min { ($0.1, $0.0) < ($1.1, $1.0) }
        guard let (candidate, d) = best, d <= max(2, word.count / 3) else { return "" }
        return " (did you mean '\(candidate)'?)"
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
