import RandLintCore

extension Rule {
    /// Unsafe (other numbers are drawn): every use of a key gets a key of its own.
    ///
    /// - A key bound outside a loop is folded with the loop's integer counter — one fold per
    ///   loop between the binding and the use, outermost first; a Swift `for _ in 0..<n` gets
    ///   a counter name. Used once in the loop: `key.fold(in: i).uniform()`,
    ///   `rk_uniform(rk_fold_in(key, i))`. Used more often (in one block): the folded key is
    ///   split before the first use, as below (two folds with the same counter would be key
    ///   reuse again).
    /// - Two uses in one block: the key is split before the first use under fresh names —
    ///   `let (key1, key2) = key.split()`, `rk_key key_sub[2]; rk_split(key, key_sub, 2);`.
    ///
    /// Offered only where each use names the key plainly (`key.draw()`, `f(key)`), and every
    /// loop has a counter.
    static func freshKeysFix(_ event: Event, key: String, first: SourceRange?, boundAt: SourceRange?, _ function: Function,
                             _ context: WalkContext, _ pass: RulePass) -> Fix? {
        guard let text = pass.fixText, FixText.isPrimary(key), event.macro == nil else { return nil }
        let repeating = context.enclosingLoops.filter { loop in
            if case .closure = loop.kind { return false }
            return boundAt.map { !loop.range.encloses($0) } ?? true
        }
        guard let outermost = repeating.first else {
            guard let first, first < event.range else { return nil }
            return splitFix(uses: [first, event.range], key: key, base: key, naming: [], function, text, pass.file.language)
        }
        guard let loop = Self.loop(at: outermost.range, in: function.body) else { return nil }
        let uses = consumptions(of: key, in: loop.body)
        guard !uses.isEmpty, uses.count == mentions(of: key, in: loop.body) else { return nil }
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
        let language = pass.file.language
        let folded = language == .swift ? key + counters.map { ".fold(in: \($0))" }.joined()
                                        : counters.reduce(key) { "rk_fold_in(\($0), \($1))" }
        guard uses.count == 1 else {
            return splitFix(uses: uses, key: key, base: folded, naming: naming, function, text, language)
        }
        guard let use = keyOccurrence(key, in: text.span(uses[0]), text) else { return nil }
        return Fix(title: "fold the loop counter into the key: \(folded)", applicability: .unsafe,
                   edits: naming + [text.edit(use, folded)])
    }

    /// `base` split into one key per use, before the first use; all uses in one block.
    private static func splitFix(uses: [SourceRange], key: String, base: String, naming: [Edit], _ function: Function,
                                 _ text: FixText, _ language: Language) -> Fix? {
        guard FixText.isIdentifier(key), let path = container(of: uses[0], in: function.body),
              uses.allSatisfy({ container(of: $0, in: function.body) == path }) else { return nil }
        let spans = uses.compactMap { keyOccurrence(key, in: text.span($0), text) }
        guard spans.count == uses.count else { return nil }
        let scope = text.span(function.range)
        let lineStart = text.source.lineStart(at: uses[0].start.offset)
        let indent = text.source.indentation(at: uses[0].start.offset)
        let names: [String], declaration: String
        switch language {
        case .swift where uses.count == 2:
            names = ["\(key)1", "\(key)2"]
            declaration = "let (\(names[0]), \(names[1])) = \(base).split()"
        case .swift:
            names = uses.indices.map { "\(key)s[\($0)]" }
            declaration = "let \(key)s = \(base).split(into: \(uses.count))"
        case .c:
            names = uses.indices.map { "\(key)_sub[\($0)]" }
            declaration = "rk_key \(key)_sub[\(uses.count)];\n\(indent)rk_split(\(base), \(key)_sub, \(uses.count));"
        }
        let declared = names.map { String($0.prefix { $0 != "[" }) }
        guard declared.allSatisfy({ !text.mentions($0, in: scope) }) else { return nil }
        return Fix(title: "give each use its own key: \(declaration.replacingOccurrences(of: "\n\(indent)", with: " "))", applicability: .unsafe,
                   edits: naming + [text.insert(at: lineStart, indent + declaration + "\n")] + zip(spans, names).map { text.edit($0, $1) })
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

    /// The events in the steps that consume `key`, in order.
    private static func consumptions(of key: String, in steps: [Step]) -> [SourceRange] {
        var found: [SourceRange] = []
        EventWalk.forEach(steps) { event, _ in
            if event.key == key, [.drawKey, .split, .passKey].contains(event.kind) { found.append(event.range) }
        }
        return found
    }

    /// How many events in the steps consume, fold, copy or rebind `key`.
    private static func mentions(of key: String, in steps: [Step]) -> Int {
        var count = 0
        EventWalk.forEach(steps) { event, _ in
            if event.key == key || event.binds.contains(key) { count += 1 }
        }
        return count
    }
}
