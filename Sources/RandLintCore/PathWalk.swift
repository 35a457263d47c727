/// Where the walk is when it visits an event.
public struct WalkContext: Sendable {
    /// Enclosing loops and closures, outermost first.
    public var loops: [Loop.Kind] = []
    /// 1 on the first pass through every enclosing loop, 2 once any enclosing loop runs again.
    public var iteration = 1
    /// The induction variables of the enclosing loops (`Loop.variables`), outermost first.
    public var loopVariables: [String] = []
    /// The enclosing loops and closures, outermost first: where each is and its counter.
    public var enclosingLoops: [EnclosingLoop] = []

    public struct EnclosingLoop: Sendable, Hashable {
        public var range: SourceRange
        public var counter: String?
        public var unnamedCounter: SourceRange?
        public var kind: Loop.Kind
    }
    /// The innermost enclosing code that runs on other threads (a concurrent closure or region,
    /// or the function itself when it is spawned).
    public var spawn: Spawn?

    public init(spawn: Spawn? = nil) {
        self.spawn = spawn
    }

    /// Inside a loop statement or a repeatedly-run closure.
    public var isRepeated: Bool {
        loops.contains { if case .closure = $0 { return false } else { return true } }
    }
}

/// The one shared path-sensitive walk over a function body.
///
/// It carries a set of states (one per distinct path so far) through the steps and calls
/// `visit` for each event on each state. It promises:
/// - exclusive branch arms do not add up; a falling-through arm continues into the next;
/// - `return`/`throw` end a path; `break` leaves the innermost loop or switch; `continue`
///   goes to the next iteration; `return` inside a closure leaves only the closure;
/// - a loop body is walked twice (so a use of something bound outside the loop is seen a
///   second time, with `iteration == 2`), and the states after a loop include the path that
///   skips it; a run-once closure may run or not;
/// - the order of states, and so of reports, is deterministic; at most `limit` states are
///   kept (the first ones), which bounds time on pathological functions;
/// - where paths join (after a branch or a loop), `join` sees each state with the position
///   where the branch or loop ends, before equal states are merged.
public struct PathWalk<State: Hashable> {
    public typealias Visit = (inout State, Event, WalkContext) -> Void
    public typealias Join = (inout State, SourcePosition) -> Void

    private let visit: Visit
    private let join: Join?
    private let limit: Int

    public init(limit: Int = 256, join: Join? = nil, visit: @escaping Visit) {
        self.visit = visit
        self.join = join
        self.limit = limit
    }

    /// Walks `steps` from `initial` and returns the states at the normal end of the body and at `return`s.
    @discardableResult
    public func run(_ steps: [Step], from initial: State, context: WalkContext = WalkContext()) -> [State] {
        let outcome = walk(steps, [initial], context)
        return unique(outcome.normal + outcome.returns)
    }

    private struct Outcome {
        var normal: [State]
        var breaks: [State] = []
        var continues: [State] = []
        var returns: [State] = []
    }

    private func unique(_ states: [State]) -> [State] {
        var seen = Set<State>()
        var result: [State] = []
        for state in states where seen.insert(state).inserted {
            result.append(state)
            if result.count == limit { break }
        }
        return result
    }

    private func walk(_ steps: [Step], _ entry: [State], _ context: WalkContext) -> Outcome {
        var out = Outcome(normal: entry)
        for step in steps {
            if out.normal.isEmpty { break }
            switch step {
            case .event(let event):
                if out.normal.count == 1 {
                    visit(&out.normal[0], event, context)
                    continue
                }
                out.normal = unique(out.normal.map { state in
                    var state = state
                    visit(&state, event, context)
                    return state
                })
            case .exit(let exit):
                switch exit.kind {
                case .return: out.returns += out.normal
                case .throw: break
                case .break: out.breaks += out.normal
                case .continue: out.continues += out.normal
                }
                out.normal = []
            case .branch(let branch):
                var after: [State] = []
                var carried: [State] = []
                for arm in branch.arms {
                    let inner = walk(arm.steps, unique(out.normal + carried), context)
                    if arm.fallsThrough { carried = inner.normal } else { after += inner.normal; carried = [] }
                    if branch.kind == .switch { after += inner.breaks } else { out.breaks += inner.breaks }
                    out.continues += inner.continues
                    out.returns += inner.returns
                }
                out.normal = joined(after + carried, at: Self.end(of: branch))
            case .loop(let loop):
                var inner = context
                inner.loops.append(loop.kind)
                inner.loopVariables += loop.variables
                inner.enclosingLoops.append(WalkContext.EnclosingLoop(range: loop.range, counter: loop.counter, unnamedCounter: loop.unnamedCounter,
                                                                       kind: loop.kind))
                if let spawn = loop.spawn { inner.spawn = spawn }
                let first = walk(loop.body, out.normal, inner)
                if case .closure = loop.kind {
                    out.normal = unique(out.normal + first.normal + first.continues + first.returns)
                    out.breaks += first.breaks
                    continue
                }
                let again = unique(first.normal + first.continues + (isClosure(loop) ? first.returns : []))
                inner.iteration = 2
                let second = walk(loop.body, again, inner)
                var after = out.normal + again + first.breaks + second.normal + second.continues + second.breaks
                if isClosure(loop) { after += second.returns } else { out.returns += first.returns + second.returns }
                out.normal = joined(after, at: loop.range.end)
            }
        }
        out.breaks = unique(out.breaks)
        out.continues = unique(out.continues)
        out.returns = unique(out.returns)
        return out
    }

    private func joined(_ states: [State], at end: SourcePosition?) -> [State] {
        guard let join, let end else { return unique(states) }
        return unique(states.map { state in
            var state = state
            join(&state, end)
            return state
        })
    }

    /// Where a branch ends: the end of the last event or loop in its arms (nil when it has
    /// none). Never past the branch's true end, whatever the order of its steps.
    static func end(of branch: Branch) -> SourcePosition? {
        branch.arms.compactMap { end(of: $0.steps) }.max()
    }

    private static func end(of steps: [Step]) -> SourcePosition? {
        for step in steps.reversed() {
            switch step {
            case .event(let event): return event.range.end
            case .loop(let loop): return loop.range.end
            case .branch(let branch): if let end = end(of: branch) { return end }
            case .exit: continue
            }
        }
        return nil
    }

    private func isClosure(_ loop: Loop) -> Bool {
        if case .statement = loop.kind { return false }
        return true
    }
}

/// A walk that ignores paths: every event once, with its context (loops enclosing it).
public enum EventWalk {
    public static func forEach(_ steps: [Step], _ context: WalkContext = WalkContext(), _ body: (Event, WalkContext) -> Void) {
        for step in steps {
            switch step {
            case .event(let event): body(event, context)
            case .exit: break
            case .branch(let branch): for arm in branch.arms { forEach(arm.steps, context, body) }
            case .loop(let loop):
                var inner = context
                inner.loops.append(loop.kind)
                inner.loopVariables += loop.variables
                inner.enclosingLoops.append(WalkContext.EnclosingLoop(range: loop.range, counter: loop.counter, unnamedCounter: loop.unnamedCounter,
                                                                       kind: loop.kind))
                if let spawn = loop.spawn { inner.spawn = spawn }
                forEach(loop.body, inner, body)
            }
        }
    }
}
