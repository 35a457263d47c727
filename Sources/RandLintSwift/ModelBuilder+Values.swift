import RandLintCore
import SwiftOperators
import SwiftParser
import SwiftSyntax

extension ModelBuilder {
    // MARK: - Values

    /// The value tree of an expression (see `Value`). Pure: it emits no steps; the events of the
    /// expression come from `expr`, and a `.draw` here names the event `call` emits at that range.
    func value(_ e: ExprSyntax) -> Value {
        var budget = Value.maxNodes
        return value(e, &budget)
    }

    private func value(_ e: ExprSyntax, _ budget: inout Int) -> Value {
        budget -= 1
        guard budget > 0 else { return .unknown(text(e)) }
        switch e.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr(let i): return .integer(i.literal.text)
        case .floatLiteralExpr(let f): return .float(f.literal.text)
        case .tryExpr(let t): return value(t.expression, &budget)
        case .awaitExpr(let a): return value(a.expression, &budget)
        case .forceUnwrapExpr(let f): return value(f.expression, &budget)
        case .inOutExpr(let i): return value(i.expression, &budget)
        case .tupleExpr(let t) where t.elements.count == 1 && t.elements.first?.label == nil:
            return value(t.elements.first!.expression, &budget)
        case .declReferenceExpr(let ref) where ref.argumentNames == nil:
            return name(ref.baseName.text)
        case .memberAccessExpr(let member): return memberValue(member, e)
        case .subscriptCallExpr(let sub):
            // an element at a drawn index is a drawn element (`chars[Int(rand() % 16)]`)
            if sub.arguments.count == 1, let index = sub.arguments.first?.expression {
                let drawn = value(index, &budget)
                if drawn.containsDraw { return .call("[]", [value(sub.calledExpression, &budget), drawn]) }
            }
            return .member(text(e))
        case .functionCallExpr(let call): return callValue(call, &budget)
        case .sequenceExpr(let s):
            if let (left, op, right) = binary(s) { return .op(text(op), [value(left, &budget), value(right, &budget)], range(e)) }
            let (folded, shift) = fold(s)
            guard !folded.is(SequenceExprSyntax.self) else { return .unknown(text(e)) }
            let saved = positionShift
            positionShift = shift
            defer { positionShift = saved }
            return value(folded, &budget)
        case .infixOperatorExpr(let i):
            let op = text(i.operator)
            return .op(op, [value(i.leftOperand, &budget), value(i.rightOperand, &budget)], range(i))
        case .prefixOperatorExpr(let p):
            return .op(p.operator.text, [value(p.expression, &budget)], range(p))
        case .asExpr(let a): return .cast(text(a.type), value(a.expression, &budget))
        case .ternaryExpr(let t):
            return .op("?:", [value(t.condition, &budget), value(t.thenExpression, &budget), value(t.elseExpression, &budget)], range(t))
        default: return .unknown(text(e))
        }
    }

    /// A bare identifier: a local or parameter of the function, a named constant of the project,
    /// a property of the enclosing type, or a clock read (`now` is not one without a receiver).
    private func name(_ name: String) -> Value {
        if lookup(name) != nil { return parameterNames.contains(name) ? .parameter(name) : .local(name) }
        if let type = types.last, let constant = facts.constants[type.simpleName + "." + name] { return .constant(name, constant) }
        if let constant = facts.constants[name] { return .constant(name, constant) }
        if let bound = Self.cConstants[name], !shadowsFree(name) { return .constant(name, .integer(bound)) }
        if propertyKey(name) != nil { return .member("self." + name) }
        if let type = types.last, typeMembers[type.simpleName]?.contains(name) == true { return .member("self." + name) }
        return .unknown(name)
    }

    private func memberValue(_ member: MemberAccessExprSyntax, _ e: ExprSyntax) -> Value {
        let name = member.declName.baseName.text
        guard let base = member.base else { return .unknown(text(e)) }
        if isClockMember(member) { return .clock(name) }
        if let ref = base.as(DeclReferenceExprSyntax.self) {
            let owner = ref.baseName.text
            if ref.baseName.tokenKind == .keyword(.self) {
                if let type = types.last, let constant = facts.constants[type.simpleName + "." + name] { return .constant("Self." + name, constant) }
                return .member("self." + name)
            }
            if lookup(owner) == nil, owner.first?.isUppercase == true {
                if let constant = facts.constants[owner + "." + name] { return .constant(owner + "." + name, constant) }
                if let bound = Self.integerBound(type: owner, member: name) { return .constant(owner + "." + name, .integer(bound)) }
            }
        }
        return .member(text(e))
    }

    /// `Int.max`, `UInt32.max`, `Int8.min`…: the standard library's integer bounds.
    static func integerBound(type: String, member: String) -> String? {
        let bits: [String: Int] = ["Int": 64, "UInt": 64, "Int64": 64, "UInt64": 64, "Int32": 32, "UInt32": 32,
                                   "Int16": 16, "UInt16": 16, "Int8": 8, "UInt8": 8]
        guard let width = bits[type] else { return nil }
        let signed = !type.hasPrefix("U")
        switch member {
        case "max": return signed ? String(Int64.max >> (64 - width)) : String(UInt64.max >> (64 - width))
        case "min": return signed ? String(Int64.min >> (64 - width)) : "0"
        default: return nil
        }
    }

    /// C limits that Glibc and Darwin import into Swift (glibc's values; Darwin's are the same).
    static let cConstants: [String: String] = ["RAND_MAX": "2147483647", "INT_MAX": "2147483647", "UINT32_MAX": "4294967295",
                                                "UINT_MAX": "4294967295", "INT32_MAX": "2147483647", "UINT64_MAX": "18446744073709551615"]

    static let numericTypes: Set<String> = ["Int", "UInt", "Int64", "UInt64", "Int32", "UInt32", "Int16", "UInt16", "Int8", "UInt8",
                                            "Double", "Float", "Float32", "Float64", "Float80", "CGFloat", "TimeInterval", "time_t",
                                            "CInt", "CUnsignedInt", "CLong", "CUnsignedLong", "CDouble"]

    private func callValue(_ call: FunctionCallExprSyntax, _ budget: inout Int) -> Value {
        let callee = call.calledExpression
        var calleeName: String?
        switch callee.as(ExprSyntaxEnum.self) {
        case .declReferenceExpr(let ref): calleeName = ref.baseName.text
        case .memberAccessExpr(let member): calleeName = member.declName.baseName.text
        default: break
        }
        if let api = catalogAPI(of: call) {
            switch api.kind {
            case .drawGlobal, .drawKey, .drawGenerator:
                return .draw(Draw(api: api.name, range: range(call), isBits: api.returnsBits))
            case .clock:
                return .clock(api.name)
            default: break
            }
        }
        let arguments = call.arguments.map { value($0.expression, &budget) }
        if let name = calleeName, callee.is(DeclReferenceExprSyntax.self), Self.numericTypes.contains(name), lookup(name) == nil,
           let first = arguments.first, arguments.count == 1 {
            return .cast(name, first)
        }
        return .call(calleeName ?? text(callee), arguments)
    }

    /// The catalog API a call resolves to, as `call` decides it (without emitting anything).
    func catalogAPI(of node: FunctionCallExprSyntax) -> API? {
        var scratch: [Step] = []
        let callee = node.calledExpression
        var name: String?
        var base: ExprSyntax?
        var isMember = false
        switch callee.as(ExprSyntaxEnum.self) {
        case .declReferenceExpr(let ref): name = ref.baseName.text
        case .memberAccessExpr(let member):
            name = member.declName.baseName.text
            base = member.base
            isMember = true
        case .genericSpecializationExpr(let generic):
            name = generic.expression.as(DeclReferenceExprSyntax.self)?.baseName.text
        default: break
        }
        guard let name else { return nil }
        if index.byName[name] == nil {
            return isMember ? nil : projectGenerator(name)
        }
        let baseKey = base.flatMap { keyRef($0, &scratch) }
        var labels: [String] = []
        for argument in node.arguments { if let label = argument.label { labels.append(label.text) } }
        for extra in node.additionalTrailingClosures { labels.append(extra.label.text) }
        return match(name, isMember: isMember, base: base, baseIsKey: baseKey?.1 == .key, labels: labels,
                     trailing: node.trailingClosure != nil ? 1 : 0)
    }

    /// Constructing a project generator type (`Gen(seed: 42)`) is `make-generator`, seeded by its
    /// `seed:` argument or else its first.
    func projectGenerator(_ name: String) -> API? {
        guard facts.generatorTypes[name] != nil, !shadowsFree(name) || typeMembers[name] != nil else { return nil }
        return API(name: name, kind: .makeGenerator, catalog: "project", languages: [.swift], seed: .label("seed"))
    }

    func isClockMember(_ member: MemberAccessExprSyntax) -> Bool {
        let name = member.declName.baseName.text
        guard index.clockNames.contains(name) else { return false }
        for api in index.byName[name] ?? [] where api.kind == .clock && api.member {
            if api.receiver.isEmpty { return true }
            if let base = member.base, let type = receiverName(base), api.receiver.contains(type) { return true }
        }
        return false
    }

    /// Folds a sequence with the standard operators (SwiftOperators). Returns the folded
    /// expression and the position shift to use inside it: a folded tree is a new tree whose
    /// positions start at 0 where the sequence started.
    /// A sequence of one binary operator between two operands (`a + 1`): it folds to itself, so
    /// it is read without folding (a fold builds a new tree).
    func binary(_ s: SequenceExprSyntax) -> (ExprSyntax, ExprSyntax, ExprSyntax)? {
        guard s.elements.count == 3 else { return nil }
        var elements = s.elements.makeIterator()
        guard let left = elements.next(), let op = elements.next(), let right = elements.next(), op.is(BinaryOperatorExprSyntax.self) || op.is(AssignmentExprSyntax.self)
        else { return nil }
        return (left, op, right)
    }

    /// Swift's standard operators, declared from their source text once: SwiftOperators
    /// synthesizes syntax for every precedence comparison when a table's groups were built in
    /// code (as `standardOperators` is), which made folding most of a model's cost.
    static let operators: OperatorTable = {
        var table = OperatorTable()
        do {
            try table.addSourceFile(Parser.parse(source: OperatorTable.standardOperators.description))
            return table
        } catch {
            return .standardOperators
        }
    }()

    func fold(_ s: SequenceExprSyntax) -> (ExprSyntax, Int) {
        // The steps and then the value of one expression fold it twice in a row: the last fold is kept.
        if let last = lastFold, last.sequence == s.id, last.shift == positionShift { return last.folded }
        let folded = Self.operators.foldSingle(s) { _ in }
        let result = (folded, folded.root.id == s.root.id ? positionShift : positionShift + s.position.utf8Offset)
        lastFold = (s.id, positionShift, result)
        return result
    }
}
