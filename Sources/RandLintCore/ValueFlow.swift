/// Local data flow over the shared path walk: where a value came from, on each path.
///
/// It walks a function like `PathWalk` (same paths, same loop and branch rules) and keeps, per
/// path, the values that `assign` events gave to locals and member paths. At each event the
/// visitor gets a `Resolver` for that path, which replaces locals by the values they hold there
/// (`t` → `clock(time)`, `seed` → `42`, `r` → `cast(Int, draw(next))`). A key binding
/// (`make-key`, `split`, `copy-key`, `bind-key`) makes a name a key: it no longer holds a value.
public enum ValueFlow {
    /// One binding on a path; paths share their common prefix.
    final class Binding: @unchecked Sendable {
        let name: String
        let value: Value?
        /// The number of nodes of `value` (at most `Resolver.maxNodes`).
        let size: Int
        /// The event that made the binding.
        let site: SourceRange
        let next: Binding?

        /// The hash of `value`, computed when a join first remakes the binding.
        var knownValueHash: Int?
        var valueHash: Int {
            if let knownValueHash { return knownValueHash }
            let hash = value.hashValue
            knownValueHash = hash
            return hash
        }

        init(name: String, value: Value?, size: Int, site: SourceRange, next: Binding?) {
            self.name = name
            self.value = value
            self.size = size
            self.site = site
            self.next = next
        }
    }

    /// The bindings of one path. Two paths are the same state only when they share the same
    /// bindings (identity), which keeps states cheap to compare; `Bindings.prune` gives equal
    /// remade chains the same identity, so paths merge where they join.
    public struct State: Hashable {
        var head: Binding?

        public static func == (a: State, b: State) -> Bool { a.head === b.head }
        public func hash(into hasher: inout Hasher) { hasher.combine(head.map(ObjectIdentifier.init)) }
    }

    /// Walks `function`, calling `visit` for each event on each path, with that path's resolver.
    ///
    /// Only what a resolver can still read is kept: a binding of a name that no value in the
    /// function mentions is never made, and where paths join the bindings no later value reads
    /// (`Liveness`) are dropped, as is a binding that gives a name the value it already holds
    /// on that path. An assignment met again on a path (the second pass through a loop body)
    /// leaves the name as its first pass left it: `n += 1` in a loop is `n + 1` after the loop,
    /// not `n + 1 + 1`, so the value keeps where it came from (a clock, a draw) and the paths
    /// through nested loops do not multiply. Paths that differ only in dropped bindings are one
    /// path, which keeps long functions with many branches and loops cheap.
    public static func walk(_ function: Function, _ visit: @escaping (Event, WalkContext, Resolver) -> Void) {
        let bindings = Bindings(Liveness(function.body))
        PathWalk<State>(join: { state, end in bindings.prune(&state, at: end) }) { state, event, context in
            let resolver = Resolver(head: state.head, varying: context.loopVariables, bindings: bindings)
            visit(event, context, resolver)
            guard rebinds(event.kind) else { return }
            let resolved = event.kind == .assign ? event.value.map { resolver.resolveCounting($0) } : nil
            let value = resolved?.value
            for name in event.binds where bindings.liveness.read.contains(name) {
                let held = resolver.binding(of: name)
                if let held, held.site == event.range || held.value == value { continue }
                if held == nil && value == nil { continue }
                state.head = Binding(name: name, value: value, size: resolved?.size ?? 0, site: event.range, next: state.head)
                bindings.bound.insert(name)
            }
        }.run(function.body, from: State(head: nil))
    }

    /// Whether `binds` of an event of this kind get a new value: `assign` gives them one, a key
    /// or generator binding makes them hold no value.
    static func rebinds(_ kind: Event.Kind) -> Bool {
        switch kind {
        case .assign, .makeKey, .makeGenerator, .split, .fold, .copyKey, .bindKey: return true
        default: return false
        }
    }

    /// The bindings of one walk. Where paths join, a chain is remade without its dead bindings;
    /// a binding is remade once per content (name, value, site) over the same rest of the
    /// chain, so paths that agree on what is still read become one state.
    final class Bindings: @unchecked Sendable {
        struct Key: Hashable {
            var name: String
            var site: SourceRange
            var next: ObjectIdentifier?
            var valueHash: Int
            var value: Value?

            func hash(into hasher: inout Hasher) {
                hasher.combine(name)
                hasher.combine(site)
                hasher.combine(next)
                hasher.combine(valueHash)
            }
        }
        let liveness: Liveness
        /// The names bound so far on any path: a name never bound needs no search.
        var bound = Set<String>()
        private var remade: [Key: Binding] = [:]

        init(_ liveness: Liveness) {
            self.liveness = liveness
        }

        func remake(_ binding: Binding, over next: Binding?) -> Binding {
            let valueHash = binding.valueHash
            let key = Key(name: binding.name, site: binding.site, next: next.map(ObjectIdentifier.init), valueHash: valueHash, value: binding.value)
            if let made = remade[key] { return made }
            let copy = Binding(name: binding.name, value: binding.value, size: binding.size, site: binding.site, next: next)
            copy.knownValueHash = valueHash
            remade[key] = copy
            return copy
        }

        /// Drops the bindings that no value read after `position` needs, and the ones a later
        /// binding of the same name hides; the chain is remade only above the deepest dropped one.
        func prune(_ state: inout State, at position: SourcePosition) {
            guard let live = liveness.live[position] else { return }
            var seen = Set<String>()
            var kept: [Binding] = []    // kept bindings above the deepest dropped one, newest first
            var tail: [Binding] = []    // kept bindings since the last dropped one
            var dropped = false
            var node = state.head
            while let binding = node {
                if seen.insert(binding.name).inserted && live.contains(binding.name) {
                    tail.append(binding)
                } else {
                    kept += tail
                    tail = []
                    dropped = true
                }
                node = binding.next
            }
            guard dropped else { return }
            var head = tail.first
            for binding in kept.reversed() { head = remake(binding, over: head) }
            state.head = head
        }
    }

    /// The values of locals on one path. The induction variables of the enclosing loops take a
    /// new value each iteration, so they stay themselves (`i`, not the `0` of `for (i = 0; …)`).
    public struct Resolver {
        let head: Binding?
        /// The induction variables of the enclosing loops (a few names: an array beats a set).
        var varying: [String] = []
        var bindings: Bindings? = nil

        /// The value `name` holds on this path: nil when it was never assigned here (a parameter,
        /// a global, a loop variable) or it holds a key.
        public func value(of name: String) -> Value? {
            if varying.contains(name) { return nil }
            return binding(of: name)?.value
        }

        /// The latest binding of `name` on this path, loop variables included.
        func binding(of name: String) -> Binding? {
            if let bindings, !bindings.bound.contains(name) { return nil }
            var node = head
            while let binding = node {
                if binding.name == name { return binding }
                node = binding.next
            }
            return nil
        }

        /// `value` with each local (and each reassigned parameter) replaced by what it holds on this path (values assigned earlier
        /// were resolved when assigned, so one lookup per local suffices). A member path whose
        /// root holds a clock read (`tv.tv_usec` after `gettimeofday(&tv, 0)`) is that clock read.
        public func resolve(_ value: Value) -> Value {
            resolveCounting(value).value
        }

        /// `resolve(value)` and its number of nodes.
        func resolveCounting(_ value: Value) -> (value: Value, size: Int) {
            var budget = Self.maxNodes
            let resolved = resolve(value, &budget)
            return (resolved, Self.maxNodes - budget)
        }

        /// The most nodes a resolved tree has: a local whose value would exceed it stays a local
        /// (unknown here), so a long chain of assignments costs constant time per step.
        static let maxNodes = 256

        private func resolve(_ value: Value, _ budget: inout Int) -> Value {
            budget -= 1
            func held(_ name: String) -> Value? {
                guard !varying.contains(name), let held = binding(of: name), let value = held.value, held.size <= budget else { return nil }
                budget -= held.size
                return value
            }
            switch value {
            case .local(let name), .parameter(let name): return held(name) ?? value
            case .member(let path):
                if let held = held(path) { return held }
                if let root = Self.root(of: path), let held = self.value(of: root), case .clock = held { return held }
                return value
            case .op(let op, let operands, let range): return .op(op, operands.map { resolve($0, &budget) }, range)
            case .cast(let type, let inner): return .cast(type, resolve(inner, &budget))
            case .call(let name, let arguments): return .call(name, arguments.map { resolve($0, &budget) })
            default: return value
            }
        }

        static func root(of path: String) -> String? {
            guard let end = path.firstIndex(where: { $0 == "." || $0 == "-" || $0 == "[" }) else { return nil }
            return String(path[..<end])
        }
    }
}
