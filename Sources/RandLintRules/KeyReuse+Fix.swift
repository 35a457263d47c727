import RandLintCore

extension Rule {
    /// Unsafe (other numbers are drawn): a key bound outside a loop and consumed once in it is
    /// folded with the loop's counter at that use — `key.fold(in: i).uniform()`,
    /// `rk_uniform(rk_fold_in(key, i))` — one fold per loop between the binding and the use,
    /// outermost first. Offered only when every such loop has an integer counter and the key is
    /// consumed nowhere else in the outermost one (two folds with the same counter would be
    /// key reuse again). A Swift `for _ in 0..<n` names its counter for the fold.
    static func loopFoldFix(_ event: Event, key: String, boundAt: SourceRange?, _ function: Function, _ context: WalkContext,
                            _ pass: RulePass) -> Fix? {
        guard let text = pass.fixText, FixText.isPrimary(key), event.macro == nil else { return nil }
        let repeating = context.enclosingLoops.filter { loop in
            if case .closure = loop.kind { return false }
            return boundAt.map { !loop.range.encloses($0) } ?? true
        }
        guard let outermost = repeating.first, let loop = Self.loop(at: outermost.range, in: function.body),
              uses(of: key, in: loop.body) == 1 else { return nil }
        // A `for _ in 0..<n` gets a name for its counter: the first of these the function does not use.
        var counters: [String] = [], naming: [Edit] = []
        var fresh = ["i", "j", "k", "step", "index"].filter { !text.mentions($0, in: text.span(function.range)) }
        for loop in repeating {
            if let counter = loop.counter {
                counters.append(counter)
            } else if let slot = loop.unnamedCounter, !fresh.isEmpty {
                let name = fresh.removeFirst()
                counters.append(name)
                naming.append(text.edit(text.span(slot), name))
            } else {
                return nil
            }
        }
        let call = text.span(event.range)
        let callText = text.text(call)
        switch pass.file.language {
        case .swift:
            guard event.kind != .passKey, callText.hasPrefix(key + ".") else { return nil }
            let folds = counters.map { ".fold(in: \($0))" }.joined()
            return Fix(title: "fold the loop counter into the key: \(key)\(folds)", applicability: .unsafe,
                       edits: naming + [text.insert(at: call.start + key.utf8.count, folds)])
        case .c:
            guard let (open, close) = text.argumentList(call),
                  let at = text.onlyOccurrence(of: key, in: FixText.Span(start: open + 1, end: close)) else { return nil }
            let folded = counters.reduce(key) { "rk_fold_in(\($0), \($1))" }
            return Fix(title: "fold the loop counter into the key: \(folded)", applicability: .unsafe,
                       edits: naming + [text.edit(FixText.Span(start: at, end: at + key.utf8.count), folded)])
        }
    }

    /// Unsafe (other numbers are drawn): two uses of a key in the same block get a key each,
    /// split off before the first use under fresh names — Swift `let (key1, key2) = key.split()`,
    /// C `rk_key key_sub[2]; rk_split(key, key_sub, 2);` — and each use takes its own.
    static func splitFix(_ event: Event, key: String, first: SourceRange, _ function: Function, _ pass: RulePass) -> Fix? {
        guard let text = pass.fixText, FixText.isIdentifier(key), event.macro == nil, first < event.range,
              let firstPath = container(of: first, in: function.body), firstPath == container(of: event.range, in: function.body),
              let firstUse = keyOccurrence(key, in: text.span(first), text),
              let secondUse = keyOccurrence(key, in: text.span(event.range), text) else { return nil }
        let scope = text.span(function.range)
        let lineStart = text.source.lineStart(at: first.start.offset)
        let indent = text.source.indentation(at: first.start.offset)
        switch pass.file.language {
        case .swift:
            let names = ["\(key)1", "\(key)2"]
            guard names.allSatisfy({ !text.mentions($0, in: scope) }) else { return nil }
            return Fix(title: "split the key before its first use: let (\(names[0]), \(names[1])) = \(key).split()", applicability: .unsafe, edits: [
                text.insert(at: lineStart, "\(indent)let (\(names[0]), \(names[1])) = \(key).split()\n"),
                text.edit(firstUse, names[0]), text.edit(secondUse, names[1]),
            ])
        case .c:
            let array = "\(key)_sub"
            guard !text.mentions(array, in: scope) else { return nil }
            return Fix(title: "split the key before its first use: rk_split(\(key), \(array), 2)", applicability: .unsafe, edits: [
                text.insert(at: lineStart, "\(indent)rk_key \(array)[2];\n\(indent)rk_split(\(key), \(array), 2);\n"),
                text.edit(firstUse, "\(array)[0]"), text.edit(secondUse, "\(array)[1]"),
            ])
        }
    }

    /// Where a use names the key: `key.uniform()` at its start, or the one argument `key` of a
    /// call (`rk_uniform(key)`, `simulate(key)`).
    private static func keyOccurrence(_ key: String, in call: FixText.Span, _ text: FixText) -> FixText.Span? {
        if text.text(call).hasPrefix(key + ".") { return FixText.Span(start: call.start, end: call.start + key.utf8.count) }
        guard let (open, close) = text.argumentList(call),
              let at = text.onlyOccurrence(of: key, in: FixText.Span(start: open + 1, end: close)) else { return nil }
        return FixText.Span(start: at, end: at + key.utf8.count)
    }

    /// The branch arms and loops around the event at `range`, as indexes from the body down;
    /// two events with equal paths are in the same block.
    private static func container(of range: SourceRange, in steps: [Step]) -> [Int]? {
        for (index, step) in steps.enumerated() {
            switch step {
            case .event(let event):
                if event.range == range { return [] }
            case .branch(let branch):
                for (arm, steps) in branch.arms.enumerated() {
                    if let inner = container(of: range, in: steps.steps) { return [index, arm] + inner }
                }
            case .loop(let loop):
                if let inner = container(of: range, in: loop.body) { return [index] + inner }
            case .exit:
                break
            }
        }
        return nil
    }

    /// The loop statement or closure at `range`.
    private static func loop(at range: SourceRange, in steps: [Step]) -> Loop? {
        for step in steps {
            switch step {
            case .loop(let loop):
                if loop.range == range { return loop }
                if loop.range.encloses(range), let inner = Self.loop(at: range, in: loop.body) { return inner }
            case .branch(let branch):
                for arm in branch.arms { if let found = Self.loop(at: range, in: arm.steps) { return found } }
            case .event, .exit:
                break
            }
        }
        return nil
    }

    /// How many events in the steps consume, fold, copy or rebind `key`.
    private static func uses(of key: String, in steps: [Step]) -> Int {
        var count = 0
        EventWalk.forEach(steps) { event, _ in
            if event.key == key || event.binds.contains(key) { count += 1 }
        }
        return count
    }
}
