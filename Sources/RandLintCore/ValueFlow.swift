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
        let next: Binding?

        init(name: String, value: Value?, next: Binding?) {
            self.name = name
            self.value = value
            self.next = next
        }
    }

    /// The bindings of one path. Two paths are the same state only when they share the same
    /// bindings (identity), which keeps states cheap to compare.
    public struct State: Hashable {
        var head: Binding?

        public static func == (a: State, b: State) -> Bool { a.head === b.head }
        public func hash(into hasher: inout Hasher) { hasher.combine(head.map(ObjectIdentifier.init)) }
    }

    /// Walks `function`, calling `visit` for each event on each path, with that path's resolver.
    public static func walk(_ function: Function, _ visit: @escaping (Event, WalkContext, Resolver) -> Void) {
        PathWalk<State> { state, event, context in
            let resolver = Resolver(head: state.head, varying: Set(context.loopVariables))
            visit(event, context, resolver)
            switch event.kind {
            case .assign:
                let value = event.value.map { resolver.resolve($0) }
                for name in event.binds { state.head = Binding(name: name, value: value, next: state.head) }
            case .makeKey, .makeGenerator, .split, .fold, .copyKey, .bindKey:
                for name in event.binds { state.head = Binding(name: name, value: nil, next: state.head) }
            default: break
            }
        }.run(function.body, from: State(head: nil))
    }

    /// The values of locals on one path. The induction variables of the enclosing loops take a
    /// new value each iteration, so they stay themselves (`i`, not the `0` of `for (i = 0; …)`).
    public struct Resolver {
        let head: Binding?
        var varying: Set<String> = []

        /// The value `name` holds on this path: nil when it was never assigned here (a parameter,
        /// a global, a loop variable) or it holds a key.
        public func value(of name: String) -> Value? {
            if varying.contains(name) { return nil }
            var node = head
            while let binding = node {
                if binding.name == name { return binding.value }
                node = binding.next
            }
            return nil
        }

        /// `value` with each local (and each reassigned parameter) replaced by what it holds on this path (values assigned earlier
        /// were resolved when assigned, so one lookup per local suffices). A member path whose
        /// root holds a clock read (`tv.tv_usec` after `gettimeofday(&tv, 0)`) is that clock read.
        public func resolve(_ value: Value) -> Value {
            switch value {
            case .local(let name), .parameter(let name): return self.value(of: name) ?? value
            case .member(let path):
                if let held = self.value(of: path) { return held }
                if let root = Self.root(of: path), let held = self.value(of: root), case .clock = held { return held }
                return value
            case .op(let op, let operands, let range): return .op(op, operands.map(resolve), range)
            case .cast(let type, let inner): return .cast(type, resolve(inner))
            case .call(let name, let arguments): return .call(name, arguments.map(resolve))
            default: return value
            }
        }

        static func root(of path: String) -> String? {
            guard let end = path.firstIndex(where: { $0 == "." || $0 == "-" || $0 == "[" }) else { return nil }
            return String(path[..<end])
        }
    }
}
