import RandLintCore

extension Value {
    /// The draw this value is, after casts (`Int(g.next())`, `(unsigned)rand()`).
    var drawBehindCasts: Draw? {
        if case .draw(let draw) = strippingCasts { return draw }
        return nil
    }

    /// The first clock read in the tree (`time`, `Date`, `getpid`).
    var clockRead: String? {
        var found: String?
        forEachNode { node in
            if found == nil, case .clock(let api) = node { found = api }
        }
        return found
    }

    /// How a message names the value: a constant's name, a literal, a local's name.
    var label: String {
        switch self {
        case .integer(let text), .float(let text): return text
        case .constant(let name, _), .local(let name), .parameter(let name), .member(let name): return name
        case .cast(_, let inner): return inner.label
        case .draw(let draw): return "\(draw.api)()"
        case .op(let op, let operands, _) where operands.count == 2: return "(\(operands[0].label) \(op) \(operands[1].label))"
        default: return "n"
        }
    }

    /// The operator nodes written at this place, pre-order: not those inside a named constant's
    /// value, which lie where the constant is defined (a fix edits only what is written here).
    func writtenOperators(_ symbol: String) -> [(operands: [Value], range: SourceRange)] {
        switch self {
        case .op(let op, let operands, let range):
            let own = op == symbol && operands.count == 2 ? [(operands, range)] : []
            return own + operands.flatMap { $0.writtenOperators(symbol) }
        case .cast(_, let inner): return inner.writtenOperators(symbol)
        case .call(_, let arguments): return arguments.flatMap { $0.writtenOperators(symbol) }
        default: return []
        }
    }

    /// The operator nodes of the tree, pre-order (each with its operands and range).
    func operators(_ symbol: String) -> [(operands: [Value], range: SourceRange)] {
        var found: [(operands: [Value], range: SourceRange)] = []
        forEachNode { node in
            if case .op(let op, let operands, let range) = node, op == symbol, operands.count == 2 { found.append((operands, range)) }
        }
        return found
    }
}

extension Function {
    /// Whether a node of some event's value satisfies `predicate` (it stops at the first). A
    /// rule that needs a draw or a clock read asks this before walking the function's paths.
    func containsValueNode(where predicate: (Value) -> Bool) -> Bool {
        Self.contains(body, predicate)
    }

    private static func contains(_ steps: [Step], _ predicate: (Value) -> Bool) -> Bool {
        for step in steps {
            switch step {
            case .event(let event):
                for value in event.values where value.containsNode(where: predicate) { return true }
            case .branch(let branch):
                for arm in branch.arms where contains(arm.steps, predicate) { return true }
            case .loop(let loop):
                if contains(loop.body, predicate) { return true }
            case .exit: break
            }
        }
        return false
    }
}

extension Value {
    /// Whether a node of the tree satisfies `predicate` (it stops at the first).
    func containsNode(where predicate: (Value) -> Bool) -> Bool {
        if predicate(self) { return true }
        switch self {
        case .constant(_, let value?): return value.containsNode(where: predicate)
        case .op(_, let operands, _): return operands.contains { $0.containsNode(where: predicate) }
        case .cast(_, let inner): return inner.containsNode(where: predicate)
        case .call(_, let arguments): return arguments.contains { $0.containsNode(where: predicate) }
        default: return false
        }
    }

    /// A draw of raw bits (`rand()`, `g.next()`, `key.bits()`).
    var isBitsDraw: Bool {
        if case .draw(let draw) = self { return draw.isBits }
        return false
    }
}

extension Event {
    /// The values an event evaluates: its own (`assign`, `use`) and its seed's.
    var values: [Value] {
        [value, seed?.value].compactMap { $0 }
    }
}
