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

extension Event {
    /// The values an event evaluates: its own (`assign`, `use`) and its seed's.
    var values: [Value] {
        [value, seed?.value].compactMap { $0 }
    }
}
