/// Which names a value may still be read from, where paths join: backward liveness over a
/// function's steps, for `ValueFlow` to forget bindings no later value reads.
///
/// It promises:
/// - `read` holds every local, parameter and member path (and member root) that an event value
///   of the function mentions; a name outside it is never looked up;
/// - `live[p]`, for the end `p` of each branch and loop (as `PathWalk` reports it to `join`),
///   holds every name that some path from `p` may read before assigning it again; it errs on
///   the side of keeping a name (loops, `break` and `continue` keep what either side needs).
struct Liveness {
    private(set) var read = Set<String>()
    private(set) var live: [SourcePosition: Set<String>] = [:]

    init(_ body: [Step]) {
        _ = flow(body, out: [], exits: Exits(breaks: [], continues: [], returns: []))
    }

    /// Where control goes on a `break`, a `continue` and a `return` (inside a closure, the
    /// closure's end).
    private struct Exits {
        var breaks: Set<String>
        var continues: Set<String>
        var returns: Set<String>
    }

    /// The names live before `steps`, given those live after them.
    private mutating func flow(_ steps: [Step], out: Set<String>, exits: Exits) -> Set<String> {
        var names = out
        for step in steps.reversed() {
            switch step {
            case .event(let event):
                if ValueFlow.rebinds(event.kind) { names.subtract(event.binds) }
                for value in [event.value, event.seed?.value] {
                    value?.forEachNode { node in
                        switch node {
                        case .local(let name), .parameter(let name): add(name, to: &names)
                        case .member(let path):
                            add(path, to: &names)
                            if let root = ValueFlow.Resolver.root(of: path) { add(root, to: &names) }
                        default: break
                        }
                    }
                }
            case .exit(let exit):
                switch exit.kind {
                case .return: names = exits.returns
                case .throw: names = []
                case .break: names = exits.breaks
                case .continue: names = exits.continues
                }
            case .branch(let branch):
                if let end = PathWalk<ValueFlow.State>.end(of: branch) { live[end, default: []].formUnion(names) }
                var inner = exits
                if branch.kind == .switch { inner.breaks.formUnion(names) }
                var next = names, entry = names
                for arm in branch.arms.reversed() {
                    next = flow(arm.steps, out: arm.fallsThrough ? next.union(names) : names, exits: inner)
                    entry.formUnion(next)
                }
                names = entry
            case .loop(let loop):
                live[loop.range.end, default: []].formUnion(names)
                var inner = Exits(breaks: names, continues: names, returns: exits.returns)
                if case .statement = loop.kind {} else { inner.returns = names }
                // Twice: the second pass sees what the next iteration reads.
                let first = flow(loop.body, out: names, exits: inner)
                inner.continues.formUnion(first)
                names.formUnion(flow(loop.body, out: names.union(first), exits: inner))
            }
        }
        return names
    }

    private mutating func add(_ name: String, to names: inout Set<String>) {
        names.insert(name)
        read.insert(name)
    }
}
