import RandLintCore
import SwiftSyntax

extension ModelBuilder {
    // MARK: - Statements

    func block(_ list: CodeBlockItemListSyntax, _ out: inout [Step]) {
        scopes.append([:])
        items(list, &out)
        scopes.removeLast()
    }

    /// A returned expression: its events, then a `use` (api `return`) when its value reads a draw,
    /// the clock, a local, a member or a named constant.
    func returned(_ e: ExprSyntax, _ out: inout [Step]) {
        exprValueRecorded(e, &out)
        let v = value(e)
        if v.readsTracedSource { out.append(.event(Event(kind: .use, range: range(e), api: "return", value: v))) }
    }

    func items(_ list: CodeBlockItemListSyntax, _ out: inout [Step]) {
        for item in list where builds(item) { self.item(item.item, &out) }
    }

    func item(_ item: CodeBlockItemSyntax.Item, _ out: inout [Step]) {
        switch item {
        case .decl(let decl): localDecl(decl, &out)
        case .stmt(let stmt): self.stmt(stmt, &out)
        case .expr(let expr): self.expr(expr, &out)
        }
    }

    func localDecl(_ decl: DeclSyntax, _ out: inout [Step]) {
        switch decl.as(DeclSyntaxEnum.self) {
        case .variableDecl(let v): variableDecl(v, &out)
        case .functionDecl(let f):
            declare(f.name.text, .other)
            function(f, nested: true)
        case .ifConfigDecl(let config):
            var arms: [Branch.Arm] = []
            var hasElse = false
            for clause in config.clauses {
                if clause.poundKeyword.tokenKind == .poundElse { hasElse = true }
                var steps: [Step] = []
                if case .statements(let inner) = clause.elements { block(inner, &steps) }
                arms.append(Branch.Arm(steps: steps))
            }
            if !hasElse { arms.append(Branch.Arm(steps: [])) }
            appendBranch(.if, arms, &out)
        default:
            _ = fileDecl(decl)
        }
    }

    func variableDecl(_ decl: VariableDeclSyntax, _ out: inout [Step]) {
        for binding in decl.bindings {
            let (names, isTuple) = patternNames(binding.pattern)
            if names.count == 1, let name = names.first {
                if let type = binding.typeAnnotation?.type { localTypes[name] = simpleTypeName(type) }
                else if let call = binding.initializer.map({ strip($0.value) })?.as(FunctionCallExprSyntax.self),
                        let ref = call.calledExpression.as(DeclReferenceExprSyntax.self), ref.baseName.text.first?.isUppercase == true {
                    localTypes[name] = ref.baseName.text
                } else if let ref = binding.initializer.map({ strip($0.value) })?.as(DeclReferenceExprSyntax.self),
                          let type = localTypes[ref.baseName.text] {
                    localTypes[name] = type  // a copy of a typed local
                } else {
                    localTypes[name] = nil
                }
            }
            let declared = binding.typeAnnotation.flatMap { keyKind($0.type) }
            var kind = declared
            if let value = binding.initializer?.value {
                let before = out.count
                kind = bindingValue(value, targets: names, isTuple: isTuple, declared: declared, range: range(binding), &out)
                // the annotated type decides the arithmetic later reads do (`let r: Double = …`)
                if let type = binding.typeAnnotation?.type, Value.isFloatType(text(type)), out.count > before,
                   case .event(var event) = out[out.count - 1], event.kind == .assign, let held = event.value {
                    event.value = .cast(text(type), held)
                    out[out.count - 1] = .event(event)
                }
            }
            if let accessor = binding.accessorBlock {
                // a local computed variable or observers: run where used; inline once as a closure
                var body: [Step] = []
                switch accessor.accessors {
                case .getter(let list): block(list, &body)
                case .accessors(let list): for a in list { if let b = a.body { block(b.statements, &body) } }
                }
                if !body.isEmpty { out.append(.loop(Loop(kind: .closure(api: ""), body: body, range: range(accessor)))) }
            }
            for name in names { declare(name, kind ?? .other) }
        }
    }

    func stmt(_ stmt: StmtSyntax, _ out: inout [Step]) {
        switch stmt.as(StmtSyntaxEnum.self) {
        case .expressionStmt(let s): expr(s.expression, &out)
        case .returnStmt(let s):
            if let e = s.expression { returned(e, &out) }
            out.append(.exit(Exit(kind: .return, range: range(s))))
        case .throwStmt(let s):
            expr(s.expression, &out)
            out.append(.exit(Exit(kind: .throw, range: range(s))))
        case .breakStmt(let s): out.append(.exit(Exit(kind: .break, range: range(s))))
        case .continueStmt(let s): out.append(.exit(Exit(kind: .continue, range: range(s))))
        case .guardStmt(let s):
            conditions(s.conditions, &out)
            var body: [Step] = []
            block(s.body.statements, &body)
            appendBranch(.guard, [Branch.Arm(steps: body), Branch.Arm(steps: [])], &out)
        case .forStmt(let s): forStmt(s, &out)
        case .whileStmt(let s):
            scopes.append([:])
            var body: [Step] = []
            conditions(s.conditions, &body)
            block(s.body.statements, &body)
            scopes.removeLast()
            if !body.isEmpty { out.append(.loop(Loop(kind: .statement, body: body, range: range(s)))) }
        case .repeatStmt(let s):
            var body: [Step] = []
            block(s.body.statements, &body)
            expr(s.condition, &body)
            if !body.isEmpty { out.append(.loop(Loop(kind: .statement, body: body, range: range(s)))) }
        case .doStmt(let s):
            block(s.body.statements, &out)
            var arms: [Branch.Arm] = []
            for clause in s.catchClauses {
                var steps: [Step] = []
                scopes.append(["error": .other])
                block(clause.body.statements, &steps)
                scopes.removeLast()
                arms.append(Branch.Arm(steps: steps))
            }
            if !arms.isEmpty {
                arms.append(Branch.Arm(steps: []))
                appendBranch(.optional, arms, &out)
            }
        case .deferStmt(let s): block(s.body.statements, &out)
        case .labeledStmt(let s): self.stmt(s.statement, &out)
        case .discardStmt(let s): expr(s.expression, &out)
        case .yieldStmt(let s):
            switch s.yieldedExpressions {
            case .single(let e): expr(e, &out)
            case .multiple(let list): for e in list.elements { expr(e.expression, &out) }
            }
        default: break
        }
    }

    func appendBranch(_ kind: Branch.Kind, _ arms: [Branch.Arm], _ out: inout [Step]) {
        if arms.contains(where: { !$0.steps.isEmpty }) { out.append(.branch(Branch(kind: kind, arms: arms))) }
    }

    func conditions(_ list: ConditionElementListSyntax, _ out: inout [Step]) {
        for element in list {
            switch element.condition {
            case .expression(let e): expr(e, &out)
            case .availability: break
            case .optionalBinding(let b):
                let (names, isTuple) = patternNames(b.pattern)
                let declared = b.typeAnnotation.flatMap { keyKind($0.type) }
                var kind = declared
                if let value = b.initializer?.value {
                    kind = bindingValue(value, targets: names, isTuple: isTuple, declared: declared, range: range(b), &out)
                } else if let name = names.first {
                    kind = resolve(name)?.1
                }
                for name in names { declare(name, kind ?? .other) }
            case .matchingPattern(let m):
                expr(m.initializer.value, &out)
                for name in patternNames(m.pattern).names { declare(name, .other) }
            }
        }
    }

    func forStmt(_ s: ForStmtSyntax, _ out: inout [Step]) {
        var elementsAreKeys = false
        var enumerated = false
        let sequence = strip(s.sequence)
        if let (_, kind) = keyRef(sequence, &out) {
            elementsAreKeys = kind == .keyArray
        } else if let call = sequence.as(FunctionCallExprSyntax.self), call.arguments.isEmpty,
                  let member = call.calledExpression.as(MemberAccessExprSyntax.self), member.declName.baseName.text == "enumerated",
                  let base = member.base, let (_, kind) = keyRef(base, &out), kind == .keyArray {
            elementsAreKeys = true
            enumerated = true
        } else {
            expr(s.sequence, &out)
        }
        scopes.append([:])
        var body: [Step] = []
        let (names, _) = patternNames(s.pattern)
        for (i, name) in names.enumerated() {
            if elementsAreKeys && (enumerated ? i == 1 : names.count == 1) {
                body.append(.event(Event(kind: .bindKey, range: range(s.pattern), binds: [name])))
                declare(name, .key)
            } else {
                declare(name, .other)
            }
        }
        if let clause = s.whereClause { expr(clause.condition, &body) }
        block(s.body.statements, &body)
        scopes.removeLast()
        if !body.isEmpty {
            let unnamed = s.pattern.is(WildcardPatternSyntax.self) && Self.isIntegerSequence(sequence) ? range(s.pattern) : nil
            out.append(.loop(Loop(kind: .statement, body: body, range: range(s), variables: names.filter { $0 != "_" },
                                  counter: Self.counter(pattern: s.pattern, sequence: sequence), unnamedCounter: unnamed)))
        }
    }

    /// The integer counter of `for i in 0..<n` (a range, `stride(from:…)`, `xs.indices`) or of
    /// `for (i, x) in xs.enumerated()`.
    static func counter(pattern: PatternSyntax, sequence: ExprSyntax) -> String? {
        var sequence = sequence
        while let tuple = sequence.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first {
            sequence = only.expression
        }
        if let call = sequence.as(FunctionCallExprSyntax.self), let member = call.calledExpression.as(MemberAccessExprSyntax.self),
           member.declName.baseName.text == "enumerated", call.arguments.isEmpty,
           let tuple = pattern.as(TuplePatternSyntax.self), tuple.elements.count == 2,
           let first = tuple.elements.first?.pattern.as(IdentifierPatternSyntax.self) {
            return first.identifier.text
        }
        guard let name = pattern.as(IdentifierPatternSyntax.self)?.identifier.text, isIntegerSequence(sequence) else { return nil }
        return name
    }

    /// `a..<b`, `a...b`, `stride(from:to:by:)`, `xs.indices`, and those `.reversed()`.
    static func isIntegerSequence(_ sequence: ExprSyntax) -> Bool {
        var sequence = sequence
        while let tuple = sequence.as(TupleExprSyntax.self), tuple.elements.count == 1, let only = tuple.elements.first {
            sequence = only.expression
        }
        if let elements = sequence.as(SequenceExprSyntax.self)?.elements {
            return elements.contains { $0.as(BinaryOperatorExprSyntax.self).map { ["..<", "..."].contains($0.operator.text) } ?? false }
        }
        if let infix = sequence.as(InfixOperatorExprSyntax.self), let op = infix.operator.as(BinaryOperatorExprSyntax.self) {
            return ["..<", "..."].contains(op.operator.text)
        }
        if let call = sequence.as(FunctionCallExprSyntax.self) {
            if let ref = call.calledExpression.as(DeclReferenceExprSyntax.self) { return ref.baseName.text == "stride" }
            if let member = call.calledExpression.as(MemberAccessExprSyntax.self), member.declName.baseName.text == "reversed",
               let base = member.base {
                return isIntegerSequence(base)
            }
        }
        if let member = sequence.as(MemberAccessExprSyntax.self) { return member.declName.baseName.text == "indices" }
        return false
    }

    func ifExpr(_ node: IfExprSyntax, _ out: inout [Step]) {
        scopes.append([:])
        conditions(node.conditions, &out)
        var then: [Step] = []
        block(node.body.statements, &then)
        scopes.removeLast()
        var otherwise: [Step] = []
        switch node.elseBody {
        case .ifExpr(let nested): ifExpr(nested, &otherwise)
        case .codeBlock(let b): block(b.statements, &otherwise)
        case nil: break
        }
        appendBranch(.if, [Branch.Arm(steps: then), Branch.Arm(steps: otherwise)], &out)
    }

    func switchExpr(_ node: SwitchExprSyntax, _ out: inout [Step]) {
        expr(node.subject, &out)
        var arms: [Branch.Arm] = []
        var hasDefault = false
        func addCase(_ c: SwitchCaseSyntax) {
            scopes.append([:])
            var steps: [Step] = []
            switch c.label {
            case .default: hasDefault = true
            case .case(let label):
                for item in label.caseItems {
                    if item.pattern.is(WildcardPatternSyntax.self) && item.whereClause == nil { hasDefault = true }
                    for name in patternNames(item.pattern).names { declare(name, .other) }
                    if let clause = item.whereClause { expr(clause.condition, &steps) }
                }
            }
            items(c.statements, &steps)
            scopes.removeLast()
            let falls = c.statements.contains { $0.item.as(FallThroughStmtSyntax.self) != nil }
            arms.append(Branch.Arm(steps: steps, fallsThrough: falls))
        }
        func cases(_ list: SwitchCaseListSyntax) {
            for element in list {
                switch element {
                case .switchCase(let c): addCase(c)
                case .ifConfigDecl(let config):
                    for clause in config.clauses {
                        if case .switchCases(let inner) = clause.elements { cases(inner) }
                    }
                }
            }
        }
        cases(node.cases)
        if !hasDefault { arms.append(Branch.Arm(steps: [])) }
        appendBranch(.switch, arms, &out)
    }
}
