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
            to a call consumes it too.
            """,
        help: [
            .swift: "split first and use each key once: let (key, sub) = key.split(); draw from sub",
            .c: "split first and use each key once: rk_key sub[2]; rk_split(key, sub, 2); draw from sub[1]",
        ],
        triggering: [
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
        check: { function, pass in
            PathWalk<KeyState> { state, event, _ in
                switch event.kind {
                case .makeKey, .bindKey:
                    state.bindFresh(event.binds)
                case .copyKey:
                    guard let key = event.key else { return }
                    let id = state.id(of: key)
                    for name in event.binds { state.bindings[name] = id }
                case .fold:
                    if let key = event.key { _ = state.id(of: key) }
                    state.bindFresh(event.binds)
                case .split, .drawKey, .passKey:
                    if let key = event.key, let first = state.consume(key, at: event.range) {
                        pass.report(at: event.range, reuseMessage(event, key: key, first: first), related: [
                            Finding.Related(range: first, message: first == event.range ? "the same use, on the previous iteration" : "first use of the key"),
                        ])
                    }
                    state.bindFresh(event.binds)
                case .seedGlobal, .drawGlobal, .makeGenerator:
                    break
                }
            }.run(function.body, from: KeyState())
        })

    private static func reuseMessage(_ event: Event, key: String, first: SourceRange) -> String {
        let what: String
        switch event.kind {
        case .split: what = "splitting '\(key)' again yields the same keys"
        case .passKey: what = "passing '\(key)' on hands out a key that was already used"
        default: what = "'\(key)' was already consumed, so this draw repeats the same numbers"
        }
        if first == event.range {
            return "'\(key)' is bound outside the loop, so every iteration gets the same numbers"
        }
        return "\(what) (first use at line \(first.start.line))"
    }
}

/// Which key each name refers to, and where each key was first consumed. Copies share an id.
struct KeyState: Hashable {
    var bindings: [String: Int] = [:]
    var consumed: [Int: SourceRange] = [:]
    var next = 0

    mutating func id(of name: String) -> Int {
        if let id = bindings[name] { return id }
        next += 1
        bindings[name] = next
        return next
    }

    mutating func bindFresh(_ names: [String]) {
        for name in names {
            next += 1
            bindings[name] = next
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
