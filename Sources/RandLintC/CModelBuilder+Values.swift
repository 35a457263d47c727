import CLibClang
import RandLintCore

extension CModelBuilder {
    // MARK: - Values

    /// The value tree of an expression (see `Value`). Pure: the events come from `expressionSteps`,
    /// and a `.draw` here names the event `call` emits at the same range.
    func value(_ cursor: Cursor) -> Value {
        var budget = Value.maxNodes
        return value(cursor, &budget)
    }

    private func value(_ cursor: Cursor, _ budget: inout Int) -> Value {
        budget -= 1
        guard budget > 0 else { return .unknown(text(cursor)) }
        switch cursor.kind {
        case CursorKind.integerLiteral, CursorKind.characterLiteral:
            let start = place(cursor).start
            if let name = identifier(at: start) {
                // a macro that expands to a literal: RAND_MAX, #define N 64
                return .constant(name, integerValue(cursor).map { .integer(String($0)) })
            }
            return .integer(text(cursor))
        case CursorKind.floatingLiteral:
            if let name = identifier(at: place(cursor).start) { return .constant(name, nil) }
            return .float(text(cursor))
        case CursorKind.unexposedExpr, CursorKind.parenExpr:
            let children = cursor.children
            if children.count == 1 {
                if cursor.kind == CursorKind.unexposedExpr, let macro = macroConstant(cursor, children[0]) { return macro }
                return value(children[0], &budget)
            }
            return .unknown(text(cursor))
        case CursorKind.declRefExpr:
            let referenced = cursor.referenced
            let name = cursor.spelling
            if referenced.kind == CursorKind.parmDecl { return .parameter(name) }
            if referenced.kind == CursorKind.enumConstantDecl { return .constant(name, integerValue(cursor).map { .integer(String($0)) }) }
            if referenced.kind == CursorKind.varDecl {
                if let constant = constantValue(of: referenced) { return .constant(name, constant) }
                return isLocal(referenced) ? .local(name) : .member(name)
            }
            if let macro = identifier(at: place(cursor).start), macro != name { return .constant(macro, integerValue(cursor).map { .integer(String($0)) }) }
            return .unknown(name)
        case CursorKind.callExpr:
            if let api = api(of: cursor) {
                switch api.kind {
                case .drawGlobal, .drawKey, .drawGenerator:
                    return .draw(Draw(api: api.name, range: callSite(cursor, name: api.name).0, isBits: api.returnsBits))
                case .clock:
                    return .clock(api.name)
                default: break
                }
            }
            let arguments = (0..<max(0, cursor.argumentCount)).map { value(cursor.argument($0), &budget) }
            let callee = cursor.referenced
            return .call(callee.isNull ? text(cursor) : callee.spelling, arguments)
        case CursorKind.binaryOperator:
            let children = cursor.children
            guard children.count == 2 else { return .unknown(text(cursor)) }
            let op = operatorText(cursor, children[0], children[1])
            if op.isEmpty, let number = integerValue(cursor) {
                // an operator inside a macro's body (libclang cannot show where): the folded constant
                return .constant(identifier(at: place(cursor).start) ?? text(cursor), .integer(String(number)))
            }
            return .op(op, [value(children[0], &budget), value(children[1], &budget)], range(cursor))
        case CursorKind.conditionalOperator:
            let children = cursor.children
            guard children.count == 3 else { return .unknown(text(cursor)) }
            return .op("?:", children.map { value($0, &budget) }, range(cursor))
        case CursorKind.unaryOperator:
            let children = cursor.children
            let written = text(cursor)
            guard children.count == 1, let first = written.first, "-~!+".contains(first) else { return .unknown(written) }
            return .op(String(first), [value(children[0], &budget)], range(cursor))
        case CursorKind.cStyleCastExpr:
            let operand = cursor.children.last { $0.kind != CursorKind.typeRef }
            return .cast(cursor.typeSpelling, operand.map { value($0, &budget) } ?? .unknown(text(cursor)))
        case CursorKind.arraySubscriptExpr:
            // an element at a drawn index is a drawn element (`charset[rand() % n]`)
            let children = cursor.children
            if children.count == 2 {
                let index = value(children[1], &budget)
                if index.containsDraw { return .call("[]", [value(children[0], &budget), index]) }
            }
            return .member(text(cursor))
        case CursorKind.memberRefExpr:
            return .member(text(cursor))
        default:
            return .unknown(text(cursor))
        }
    }

    /// An implicit conversion around a macro's literal (`RAND_MAX` in a `long` context).
    private func macroConstant(_ cursor: Cursor, _ child: Cursor) -> Value? {
        guard strip(child).kind == CursorKind.integerLiteral, let name = identifier(at: place(cursor).start),
              !name.isEmpty, name.first.map({ !$0.isNumber }) == true else { return nil }
        return .constant(name, integerValue(child).map { .integer(String($0)) })
    }

    /// The literal value of a `const` variable with a constant initializer (`static const int
    /// kBuckets = 64;`, a `const` local).
    func constantValue(of variable: Cursor) -> Value? {
        guard variable.typeSpelling.hasPrefix("const ") || variable.typeSpelling.contains(" const") else { return nil }
        guard let initializer = initializer(of: variable) else { return nil }
        if let number = integerValue(initializer) { return .integer(String(number)) }
        let inner = strip(initializer)
        if inner.kind == CursorKind.floatingLiteral { return .float(text(inner)) }
        return nil
    }

    /// Whether a variable is declared inside the function being modeled (not a global).
    func isLocal(_ variable: Cursor) -> Bool {
        let location = expansion(variable.location)
        guard let key = key(of: location.file), key == currentFunctionFile else { return false }
        return currentFunctionRange.contains(location.offset)
    }

    /// `assign` events for the clock's out-parameters: `time(&t)`, `gettimeofday(&tv, 0)`.
    func clockOutputs(_ call: Cursor, api: API, _ out: inout [Step]) {
        let site = range(call)
        for position in 0..<max(0, call.argumentCount) {
            let argument = strip(call.argument(position))
            guard argument.kind == CursorKind.unaryOperator, text(argument).hasPrefix("&"), let target = argument.children.first else { continue }
            let name = strip(target).kind == CursorKind.declRefExpr ? strip(target).spelling : text(target)
            out.append(.event(Event(kind: .assign, range: site, binds: [name], value: .clock(api.name))))
        }
    }

    /// An `assign` for a plain (non-key) assignment target: a local, a member path, an element.
    func assignTarget(_ lhs: Cursor) -> String? {
        let target = strip(lhs)
        switch target.kind {
        case CursorKind.declRefExpr: return target.spelling
        case CursorKind.memberRefExpr, CursorKind.arraySubscriptExpr: return text(target)
        case CursorKind.unaryOperator where text(target).hasPrefix("*"): return text(target)
        default: return nil
        }
    }
}
