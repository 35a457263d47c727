import RandLintCore

extension Rule {
    public static let keyReuse = Rule(
        id: "key-reuse", level: .error,
        summary: "a key is consumed twice, so both uses get the same numbers",
        rationale: """
            Drawing from a key is a pure function of the key: two draws from one key return the \
            same numbers, a draw after a split repeats what one of the split keys will produce, and \
            a key drawn inside a loop gives every iteration the same values. The results look \
            random but are correlated, which biases simulations and training silently. Split a key \
            before each use (or fold in a step index) and never consume a key twice; passing a key \
            to a call consumes it too. Folding does not consume a key, but `fold(in: i)` derives the \
            same key as `split(into: n)[i]` (as JAX's `fold_in`), so a key that is folded must not \
            also be split or drawn, nor folded twice with the same value.
            """,
        help: [
            .swift: "split first and use each key once: let (key, sub) = key.split(); draw from sub",
            .c: "split first and use each key once: rk_key sub[2]; rk_split(key, sub, 2); draw from sub[1]",
        ],
        triggering: [
            Example("""
                #include "randomkeys.h"
                double jitter(rk_key key) {
                    double dx = rk_uniform(key);
                    double dy = rk_uniform(key); // expect: key-reuse
                    return dx * dy;
                }
                """, file: "jitter.c"),
            Example("""
                import RandomKeys
                func jitter(key: RandomKey) -> (Double, Double) {
                    let dx = key.uniform()
                    let dy = key.uniform() // expect: key-reuse
                    return (dx, dy)
                }
                """),
            Example("""
                import RandomKeys
                func walk(key: RandomKey, steps: Int) -> Double {
                    var x = 0.0
                    for _ in 0..<steps {
                        x += key.normal() // expect: key-reuse
                    }
                    return x
                }
                """),
        ],
        nonTriggering: [
            Example("""
                import RandomKeys
                func jitter(key: RandomKey) -> (Double, Double) {
                    let (kx, ky) = key.split()
                    return (kx.uniform(), ky.uniform())
                }
                """),
            Example("""
                #include "randomkeys.h"
                double jitter(rk_key key) {
                    rk_key sub[2];
                    rk_split(key, sub, 2);
                    return rk_uniform(sub[0]) * rk_uniform(sub[1]);
                }
                """, file: "jitter.c"),
            Example("""
                #include "randomkeys.h"
                double walk(rk_key key, int steps) {
                    double x = 0;
                    for (int i = 0; i < steps; i++) {
                        rk_key sub[2];
                        rk_split(key, sub, 2);
                        key = sub[0];
                        x += rk_normal(sub[1]);
                    }
                    return x;
                }
                """, file: "walk.c"),
            Example("""
                import RandomKeys
                func walk(key: RandomKey, steps: Int) -> Double {
                    var key = key
                    var x = 0.0
                    for _ in 0..<steps {
                        let sub: RandomKey
                        (key, sub) = key.split()
                        x += sub.normal()
                    }
                    return x
                }
                """),
            Example("""
                import RandomKeys
                func noise(key: RandomKey, step: Int) -> Double {
                    key.fold(in: step).normal()
                }
                """),
        ],
        startsOn: [.makeKey, .makeGenerator],
        metadata: RuleMetadata(cwe: [336]),
        fix: "unsafe: each use gets a key of its own. A key bound outside a loop is folded with the loop's integer counter: `key.fold(in: i).uniform()`, `rk_uniform(rk_fold_in(key, i))` (a `for _` gets a counter name); used more than once in the loop, the folded key is split before the first use. Two uses in one block: `let (key1, key2) = key.split()` or `rk_key key_sub[2]; rk_split(key, key_sub, 2);` before the first, and each use takes its own.",
        check: { function, pass in
            PathWalk<KeyState> { state, event, context in
                switch event.kind {
                case .makeKey, .bindKey:
                    state.bindFresh(event.binds, at: event.range)
                case .copyKey:
                    guard let key = event.key else { return }
                    let id = state.id(of: key)
                    for name in event.binds {
                        state.forgetElements(of: name)
                        state.bindings[name] = id
                    }
                case .fold:
                    if let key = event.key { checkFold(event, key: key, &state, context, pass) }
                    state.bindFresh(event.binds, at: event.range)
                case .split, .drawKey, .passKey:
                    if let key = event.key, event.kind != .passKey, let fold = state.folds[state.id(of: key)]?.first {
                        pass.report(at: event.range, "'\(key)' was folded at line \(fold.range.start.line), and fold(in: i) derives the same key as split(into: n)[i]: this \(event.kind == .split ? "split" : "draw") can repeat the folded keys' numbers",
                                    related: [Finding.Related(range: fold.range, message: "the key is folded here")])
                    } else if let key = event.key, let first = state.consume(key, at: event.range) {
                        report(event, key: key, first: first, boundAt: state.bound[state.id(of: key)], function, context, pass)
                    }
                    state.bindFresh(event.binds, at: event.range)
                case .seedGlobal, .drawGlobal, .makeGenerator, .call, .drawGenerator, .copyGenerator, .assign, .use:
                    break
                }
            }.run(function.body, from: KeyState())
        })

    /// A fold repeats a key when the key was split or drawn, when the same constant was folded
    /// in before, or when a loop folds it with a value that does not change between iterations.
    private static func checkFold(_ event: Event, key: String, _ state: inout KeyState, _ context: WalkContext, _ pass: RulePass) {
        let id = state.id(of: key)
        let constant = event.value?.integerValue
        let earlier = state.folds[id] ?? []
        if let first = state.consumed[id] {
            pass.report(at: event.range, "'\(key)' was already split or drawn at line \(first.start.line), and fold(in: i) derives the same key as split(into: n)[i]: this fold can repeat those numbers",
                        related: [Finding.Related(range: first, message: "the key is consumed here")])
        } else if let constant, let same = earlier.first(where: { $0.range != event.range && $0.constant == constant }) {
            pass.report(at: event.range, "'\(key)' is folded with \(constant) again (first at line \(same.range.start.line)): both folds derive the same key",
                        related: [Finding.Related(range: same.range, message: "the same fold")])
        } else if context.iteration == 2, earlier.contains(where: { $0.range == event.range }), let data = event.value,
                  isLoopInvariant(data, context) {
            pass.report(at: event.range, "'\(key)' is folded with \(data.label), which does not change in the loop, so every iteration derives the same key")
        }
        if !earlier.contains(where: { $0.range == event.range }) { state.folds[id, default: []].append(KeyState.Fold(range: event.range, constant: constant)) }
    }

    /// A constant, or parameters and constants only, none of them a loop variable.
    private static func isLoopInvariant(_ value: Value, _ context: WalkContext) -> Bool {
        var invariant = true
        value.forEachNode { node in
            switch node {
            case .integer, .float, .constant, .op, .cast: break
            case .parameter(let name): if context.loopVariables.contains(name) { invariant = false }
            default: invariant = false
            }
        }
        return invariant
    }

    private static func report(_ event: Event, key: String, first: SourceRange, boundAt: SourceRange?, _ function: Function,
                               _ context: WalkContext, _ pass: RulePass) {
        if first == event.range {
            // The same use seen again on the walk's second pass through a loop.
            let related = boundAt.map { [Finding.Related(range: $0, message: "'\(key)' is bound here, outside the loop")] } ?? []
            pass.report(at: event.range, "'\(key)' is bound outside the loop, so every iteration gets the same numbers", related: related,
                        fix: freshKeysFix(event, key: key, first: nil, boundAt: boundAt, function, context, pass))
            return
        }
        let consequence: String
        switch event.kind {
        case .split: consequence = "this split yields keys whose numbers were already drawn"
        case .passKey: consequence = "the callee draws the numbers already drawn there"
        default: consequence = "this draw repeats the numbers drawn there"
        }
        pass.report(at: event.range, "'\(key)' was already used at line \(first.start.line), so \(consequence)",
                    related: [Finding.Related(range: first, message: "first use of the key")],
                    fix: freshKeysFix(event, key: key, first: first, boundAt: boundAt, function, context, pass))
    }
}
