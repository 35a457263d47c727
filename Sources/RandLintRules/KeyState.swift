import RandLintCore

/// Which key each name refers to, and where each key was first consumed. Copies share an id.
struct KeyState: Hashable {
    var bindings: [String: Int] = [:]
    var consumed: [Int: SourceRange] = [:]
    /// Where each key was bound, when a binding event was seen.
    var bound: [Int: SourceRange] = [:]
    var next = 0
    /// Where each key was folded, with the folded constant when it is one.
    var folds: [Int: [Fold]] = [:]

    struct Fold: Hashable {
        var range: SourceRange
        var constant: Int64?
    }

    mutating func id(of name: String) -> Int {
        if let id = bindings[name] { return id }
        next += 1
        bindings[name] = next
        return next
    }

    /// A (re)bound array or tuple starts over: its elements (`ks[1]`, `pair.0`) are new keys.
    mutating func forgetElements(of name: String) {
        for existing in bindings.keys where existing.hasPrefix(name + "[") || existing.hasPrefix(name + ".") {
            bindings[existing] = nil
        }
    }

    mutating func bindFresh(_ names: [String], at range: SourceRange) {
        for name in names {
            forgetElements(of: name)
            next += 1
            bindings[name] = next
            bound[next] = range
        }
    }

    /// Marks the key consumed; returns where it was consumed before, if it was.
    mutating func consume(_ name: String, at range: SourceRange) -> SourceRange? {
        let id = id(of: name)
        if let first = consumed[id] { return first }
        consumed[id] = range
        return nil
    }
}
