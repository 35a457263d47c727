import RandLintCore
import SwiftSyntax

extension ModelBuilder {
    // MARK: - Bindings

    /// Evaluates the value of a binding (`let targets = value`, `targets = value`) and returns what the
    /// targets hold afterwards (nil: not a key).
    func bindingValue(_ value: ExprSyntax, targets: [String], isTuple: Bool, declared: VarKind?, range bindRange: RandLintCore.SourceRange,
                              _ out: inout [Step]) -> VarKind? {
        let v = strip(value)
        if let call = v.as(FunctionCallExprSyntax.self) {
            switch self.call(call, binds: targets, &out) {
            case .makeKey: return .key
            case .split: return isTuple || targets.count > 1 ? .key : .keyArray
            case .splitToOneKey: return .key
            case .fold: return .key
            case .makeGenerator:
                if let declared, !targets.isEmpty {
                    out.append(.event(Event(kind: .bindKey, range: bindRange, binds: targets)))
                    return declared
                }
                return nil
            case .other:
                if let declared, !targets.isEmpty {
                    out.append(.event(Event(kind: .bindKey, range: bindRange, binds: targets)))
                    return declared
                }
                assign(targets, value, bindRange, &out)
                return nil
            }
        }
        if let (name, kind) = keyRef(v, &out) {
            if !targets.isEmpty, targets != [name] {
                out.append(.event(Event(kind: .copyKey, range: bindRange, key: name, binds: targets)))
            }
            return kind
        }
        exprValueRecorded(value, &out)
        if let declared, !targets.isEmpty {
            out.append(.event(Event(kind: .bindKey, range: bindRange, binds: targets)))
            return declared
        }
        assign(targets, value, bindRange, &out)
        return nil
    }

    /// `lhs = rhs` (a sequence split at its `=`).
    func assignment(_ lhs: ArraySlice<ExprSyntax>, _ rhs: ArraySlice<ExprSyntax>, range bindRange: RandLintCore.SourceRange, _ out: inout [Step]) {
        var targets: [(String, VarKind?)] = []
        var simple = lhs.count == 1
        var isTuple = false
        if simple, let target = lhs.first {
            func add(_ e: ExprSyntax) {
                let e = strip(e)
                if e.is(DiscardAssignmentExprSyntax.self) { return }
                if let ref = e.as(DeclReferenceExprSyntax.self), ref.argumentNames == nil {
                    let name = ref.baseName.text
                    if let kind = lookup(name) { targets.append((name, kind == .other ? nil : kind)) }
                    else if let kind = propertyKey(name) { targets.append(("self." + name, kind)) }
                    else { targets.append((name, globalKeys[name])) }
                } else if let member = e.as(MemberAccessExprSyntax.self), let base = member.base?.as(DeclReferenceExprSyntax.self),
                          base.baseName.tokenKind == .keyword(.self) {
                    let name = member.declName.baseName.text
                    targets.append(("self." + name, propertyKey(name)))
                } else {
                    simple = false
                }
            }
            if let tuple = strip(target).as(TupleExprSyntax.self), tuple.elements.count > 1 {
                isTuple = true
                for element in tuple.elements { add(element.expression) }
            } else {
                add(target)
            }
        }
        guard simple, !targets.isEmpty else {
            sequence(lhs, &out)
            if lhs.count == 1, rhs.count == 1, let target = lhs.first.flatMap(assignableName), let value = rhs.first {
                exprValueRecorded(value, &out)
                assign([target], value, bindRange, &out)
            } else {
                sequence(rhs, &out)
            }
            return
        }
        let names = targets.map(\.0)
        let declared = targets.lazy.compactMap(\.1).first.map { isTuple ? VarKind.key : $0 }
        let kind: VarKind?
        if rhs.count == 1, let value = rhs.first {
            kind = bindingValue(value, targets: names, isTuple: isTuple, declared: declared, range: bindRange, &out)
        } else {
            sequence(rhs, &out)
            if declared != nil {
                out.append(.event(Event(kind: .bindKey, range: bindRange, binds: names)))
            }
            kind = declared
        }
        for name in names { rebind(name, kind ?? .other) }
    }

    // MARK: - Expressions

    func strip(_ e: ExprSyntax) -> ExprSyntax {
        var e = e
        while true {
            switch e.as(ExprSyntaxEnum.self) {
            case .tryExpr(let t): e = t.expression
            case .awaitExpr(let a): e = a.expression
            case .inOutExpr(let i): e = i.expression
            case .forceUnwrapExpr(let f): e = f.expression
            case .optionalChainingExpr(let o): e = o.expression
            case .consumeExpr(let c): e = c.expression
            case .copyExpr(let c): e = c.expression
            case .tupleExpr(let t):
                guard t.elements.count == 1, let only = t.elements.first, only.label == nil else { return e }
                e = only.expression
            default: return e
            }
        }
    }

    /// The key an expression names (`k`, `self.key`, `keys[0]`, `&k`), if any. A non-literal index
    /// into a key array binds a fresh key (`bindKey keys[i]`) right here.
    func keyRef(_ e: ExprSyntax, _ out: inout [Step]) -> (String, VarKind)? {
        let e = strip(e)
        switch e.as(ExprSyntaxEnum.self) {
        case .declReferenceExpr(let ref):
            guard ref.argumentNames == nil else { return nil }
            return resolve(ref.baseName.text)
        case .memberAccessExpr(let member):
            guard let base = member.base else { return nil }
            if let b = base.as(DeclReferenceExprSyntax.self), b.baseName.tokenKind == .keyword(.self) {
                let name = member.declName.baseName.text
                if let kind = propertyKey(name) { return ("self." + name, kind) }
                return nil
            }
            if case .integerLiteral = member.declName.baseName.tokenKind, let (name, kind) = keyRef(base, &out), kind == .keyArray {
                return (name + "." + member.declName.baseName.text, .key)
            }
            // `state.key` where `state` is a local or parameter of a type the file declares with a key property
            if let b = base.as(DeclReferenceExprSyntax.self), let type = localTypes[b.baseName.text],
               let kind = typeKeyProps[type]?[member.declName.baseName.text] {
                return (b.baseName.text + "." + member.declName.baseName.text, kind)
            }
            return nil
        case .subscriptCallExpr(let s):
            guard s.arguments.count == 1, let argument = s.arguments.first, argument.label == nil,
                  let (base, kind) = keyRef(s.calledExpression, &out), kind == .keyArray else { return nil }
            let index = argument.expression
            let name = base + "[" + text(index) + "]"
            if index.is(IntegerLiteralExprSyntax.self) { return (name, .key) }
            expr(index, &out)
            out.append(.event(Event(kind: .bindKey, range: range(s), binds: [name])))
            return (name, .key)
        default: return nil
        }
    }

    func expr(_ e: ExprSyntax, _ out: inout [Step]) {
        switch e.as(ExprSyntaxEnum.self) {
        case .functionCallExpr(let call): _ = self.call(call, binds: [], &out)
        case .declReferenceExpr, .integerLiteralExpr, .floatLiteralExpr, .booleanLiteralExpr, .nilLiteralExpr,
             .discardAssignmentExpr, .superExpr, .keyPathExpr, .typeExpr, .editorPlaceholderExpr, .regexLiteralExpr,
             .simpleStringLiteralExpr, .missingExpr, .patternExpr:
            break
        case .memberAccessExpr(let m): if let base = m.base { expr(base, &out) }
        case .subscriptCallExpr(let s):
            if keyRef(ExprSyntax(s), &out) == nil {
                expr(s.calledExpression, &out)
                for argument in s.arguments { expr(argument.expression, &out) }
                if let closure = s.trailingClosure { closureLoop(closure, .closure(api: "subscript"), elementIndex: nil, &out) }
            }
        case .sequenceExpr(let s):
            if let (left, op, right) = binary(s) { return infix(left, op, right, whole: e, &out) }
            let (folded, shift) = fold(s)
            if folded.is(SequenceExprSyntax.self) { return sequence(Array(s.elements)[...], &out) }
            let saved = positionShift
            positionShift = shift
            expr(folded, &out)
            positionShift = saved
        case .ternaryExpr(let t):
            expr(t.condition, &out)
            ternary(t.thenExpression, [t.elseExpression][...], &out)
        case .infixOperatorExpr(let i): infix(i.leftOperand, i.operator, i.rightOperand, whole: e, &out)
        case .closureExpr(let c): closureLoop(c, .closure(api: ""), elementIndex: nil, &out)
        case .ifExpr(let i): ifExpr(i, &out)
        case .switchExpr(let s): switchExpr(s, &out)
        case .tryExpr(let t): expr(t.expression, &out)
        case .awaitExpr(let a): expr(a.expression, &out)
        case .unsafeExpr(let u): expr(u.expression, &out)
        case .tupleExpr(let t): for element in t.elements { expr(element.expression, &out) }
        case .arrayExpr(let a): for element in a.elements { expr(element.expression, &out) }
        case .dictionaryExpr(let d):
            if case .elements(let list) = d.content {
                for element in list { expr(element.key, &out); expr(element.value, &out) }
            }
        case .inOutExpr(let x): expr(x.expression, &out)
        case .forceUnwrapExpr(let x): expr(x.expression, &out)
        case .optionalChainingExpr(let x): expr(x.expression, &out)
        case .prefixOperatorExpr(let x): expr(x.expression, &out)
        case .postfixOperatorExpr(let x): expr(x.expression, &out)
        case .consumeExpr(let x): expr(x.expression, &out)
        case .copyExpr(let x): expr(x.expression, &out)
        case .asExpr(let x): expr(x.expression, &out)
        case .isExpr(let x): expr(x.expression, &out)
        case .stringLiteralExpr(let s):
            for segment in s.segments {
                if case .expressionSegment(let interpolation) = segment {
                    for argument in interpolation.expressions { expr(argument.expression, &out) }
                }
            }
        case .macroExpansionExpr(let m):
            let name = m.macroName.text
            for argument in m.arguments { expr(argument.expression, &out) }
            if let closure = m.trailingClosure { closureLoop(closure, .closure(api: name), elementIndex: nil, &out) }
            for extra in m.additionalTrailingClosures { closureLoop(extra.closure, .closure(api: name), elementIndex: nil, &out) }
        default:
            children(Syntax(e), &out)
        }
    }

    func children(_ node: Syntax, _ out: inout [Step]) {
        for child in node.children(viewMode: .sourceAccurate) {
            if let e = child.as(ExprSyntax.self) { expr(e, &out) }
            else if !child.is(TokenSyntax.self) { children(child, &out) }
        }
    }

    func ternary(_ then: ExprSyntax, _ otherwise: ArraySlice<ExprSyntax>, _ out: inout [Step]) {
        var a: [Step] = []
        var b: [Step] = []
        expr(then, &a)
        sequence(otherwise, &b)
        appendBranch(.ternary, [Branch.Arm(steps: a), Branch.Arm(steps: b)], &out)
    }

    /// Evaluates expressions in order (a sequence that could not be folded, or one operand).
    func sequence(_ elements: ArraySlice<ExprSyntax>, _ out: inout [Step]) {
        for element in elements { expr(element, &out) }
    }

    /// A binary operator, `left op right` (`whole` is the folded infix expression, or a sequence
    /// of just those three): `=` binds, `&&`/`||`/`??` make their right side optional, `+=` and
    /// friends assign, and any other operator is evaluated and, when its value reads a draw,
    /// the clock, a local or a constant, recorded as a `use`.
    func infix(_ left: ExprSyntax, _ opExpr: ExprSyntax, _ right: ExprSyntax, whole: ExprSyntax, _ out: inout [Step]) {
        if opExpr.is(AssignmentExprSyntax.self) {
            assignment([left][...], [right][...], range: range(whole), &out)
            return
        }
        let op = text(opExpr)
        if op == "&&" || op == "||" || op == "??" {
            expr(left, &out)
            var rhs: [Step] = []
            expr(right, &rhs)
            appendBranch(.optional, [Branch.Arm(steps: rhs), Branch.Arm(steps: [])], &out)
            return
        }
        let record = !recordingUse
        recordingUse = true
        expr(left, &out)
        expr(right, &out)
        recordingUse = !record
        let isCompound = op.count >= 2 && op.hasSuffix("=") && !["==", "!=", "<=", ">=", "===", "!=="].contains(op)
        if isCompound, let target = assignableName(left), resolve(target) == nil {
            let v = Value.op(String(op.dropLast()), [value(left), value(right)], range(whole))
            out.append(.event(Event(kind: .assign, range: range(whole), api: op, binds: [target], value: v)))
            return
        }
        guard record else { return }
        let v = value(whole)
        if v.readsTracedSource { out.append(.event(Event(kind: .use, range: range(whole), value: v))) }
    }

    /// The local or member path an assignment writes (`x`, `self.x`, `s.count`, `xs[i]`).
    func assignableName(_ e: ExprSyntax) -> String? {
        let e = strip(e)
        if let ref = e.as(DeclReferenceExprSyntax.self), ref.argumentNames == nil {
            let name = ref.baseName.text
            if lookup(name) == nil, propertyKey(name) != nil || typeMembers[types.last?.simpleName ?? ""]?.contains(name) == true { return "self." + name }
            return name
        }
        if e.is(MemberAccessExprSyntax.self) || e.is(SubscriptCallExprSyntax.self) { return text(e) }
        return nil
    }

    /// `assign` events for non-key targets: one per target when the value is a tuple of as many.
    func assign(_ targets: [String], _ value: ExprSyntax, _ bindRange: RandLintCore.SourceRange, _ out: inout [Step]) {
        guard !targets.isEmpty else { return }
        if targets.count > 1 {
            if let tuple = strip(value).as(TupleExprSyntax.self), tuple.elements.count == targets.count {
                for (target, element) in zip(targets, tuple.elements) {
                    out.append(.event(Event(kind: .assign, range: bindRange, binds: [target], value: self.value(element.expression))))
                }
            } else {
                out.append(.event(Event(kind: .assign, range: bindRange, binds: targets, value: .unknown(text(value)))))
            }
            return
        }
        out.append(.event(Event(kind: .assign, range: bindRange, binds: targets, value: self.value(value))))
        if let source = value.as(DeclReferenceExprSyntax.self)?.baseName.text, isValueGenerator(source) {
            out.append(.event(Event(kind: .copyGenerator, range: bindRange, key: source, binds: targets)))
        }
    }

    /// A local or parameter whose type is one of the project's value-type generators.
    func isValueGenerator(_ name: String) -> Bool {
        guard let type = localTypes[name] else { return false }
        return facts.generatorTypes[type]?.isValueType == true
    }

    /// Walks an expression whose value is recorded elsewhere (an assignment, a seed): no `use` for it.
    func exprValueRecorded(_ e: ExprSyntax, _ out: inout [Step]) {
        let saved = recordingUse
        recordingUse = true
        expr(e, &out)
        recordingUse = saved
    }
}
