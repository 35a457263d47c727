import RandLintCore
import SwiftSyntax

extension ModelBuilder {
    /// What a call produced, for the binding that receives its value.
    enum CallOutcome { case makeKey, makeGenerator, split, splitToOneKey, fold, other }

    /// Evaluates a call: callee and receiver, then arguments (closures become loops), then the call's
    /// own event. `binds` are the names the call's value is bound to (for make-key, split, fold).
    func call(_ node: FunctionCallExprSyntax, binds: [String], _ out: inout [Step]) -> CallOutcome {
        var name: String?
        var base: ExprSyntax?
        var isMember = false
        let callee = node.calledExpression
        switch callee.as(ExprSyntaxEnum.self) {
        case .declReferenceExpr(let ref):
            name = ref.baseName.text
        case .memberAccessExpr(let member):
            name = member.declName.baseName.text
            base = member.base
            isMember = true
        case .genericSpecializationExpr(let generic):
            if let ref = generic.expression.as(DeclReferenceExprSyntax.self) { name = ref.baseName.text } else { expr(generic.expression, &out) }
        default:
            expr(callee, &out)
        }
        var baseKey: (String, VarKind)?
        if let base {
            baseKey = keyRef(base, &out)
            if baseKey == nil { expr(base, &out) }
        }
        var api: API?
        var callAPI: API?
        var spawn: Spawn?
        if let name, index.byName[name] != nil {
            var labels: [String] = []
            for argument in node.arguments { if let label = argument.label { labels.append(label.text) } }
            for extra in node.additionalTrailingClosures { labels.append(extra.label.text) }
            let trailing = node.trailingClosure != nil ? 1 : 0
            api = match(name, isMember: isMember, base: base, baseIsKey: baseKey?.1 == .key, labels: labels, trailing: trailing)
            callAPI = matchCall(name, isMember: isMember, base: base, labels: labels)
            if let concurrent = match(name, isMember: isMember, base: base, baseIsKey: false, labels: labels, trailing: trailing,
                                      kinds: [.concurrent]) {
                // DispatchQueue.main.async runs on the main thread, serialized with the caller.
                if base.flatMap(receiverName) != "main" {
                    spawn = Spawn(api: base.flatMap(receiverName).map { "\($0).\(concurrent.name)" } ?? concurrent.name, range: range(node))
                }
            }
        } else if let name, !isMember {
            api = projectGenerator(name)
        }
        let callRange = range(node)

        let closureKind: Loop.Kind
        var elementIndex: Int?
        if let api, api.kind == .repeatsClosure {
            closureKind = .repeatedClosure(api: api.name)
            if baseKey?.1 == .keyArray { elementIndex = api.name == "reduce" ? 1 : 0 }
        } else {
            closureKind = .closure(api: name ?? "")
        }
        // The closure's first parameter counts iterations: `concurrentPerform`'s index, or the
        // element of a range (`(0..<n).map { i in … }`).
        var countsIterations = false
        if case .repeatedClosure(let repeating) = closureKind {
            countsIterations = repeating == "concurrentPerform"
                || (["map", "forEach", "flatMap", "compactMap"].contains(repeating) && base.map(Self.isIntegerSequence) == true)
        }
        var copiedGenerators: [String] = []
        for argument in node.arguments {
            let value = argument.expression
            if api == nil, let ref = value.as(DeclReferenceExprSyntax.self), isValueGenerator(ref.baseName.text) {
                copiedGenerators.append(ref.baseName.text)  // passed by value, not `&g`
            }
            if let closure = value.as(ClosureExprSyntax.self) {
                closureLoop(closure, closureKind, elementIndex: elementIndex, spawn: spawn, counts: countsIterations, &out)
                continue
            }
            if api == nil, passKeys(value, callRange, &out) { continue }
            expr(value, &out)
        }
        if let closure = node.trailingClosure {
            closureLoop(closure, closureKind, elementIndex: elementIndex, spawn: spawn, counts: countsIterations, &out)
        }
        for extra in node.additionalTrailingClosures { closureLoop(extra.closure, closureKind, elementIndex: elementIndex, spawn: spawn, &out) }

        for generator in copiedGenerators {
            out.append(.event(Event(kind: .copyGenerator, range: callRange, api: name ?? "", key: generator, value: value(ExprSyntax(node)))))
        }
        if let callAPI { out.append(.event(Event(kind: .call, range: callRange, api: callAPI.name))) }
        if api == nil, !isMember, let name, let spawn = spawnStack.last { spawnedCalls.append((name, spawn)) }
        if api == nil, isMember, let name, Self.appenders.contains(name), let base, let target = assignableName(base),
           let argument = node.arguments.first?.expression {
            // `token.append(x)`: the target now holds its old value and x
            let added = value(argument)
            if added.readsTracedSource {
                out.append(.event(Event(kind: .assign, range: callRange, api: name, binds: [target], value: .op("+", [value(base), added], callRange))))
            }
        }
        guard let api else {
            if !isMember, let name, name == "fatalError" || name == "preconditionFailure", !shadowsFree(name) {
                out.append(.exit(Exit(kind: .throw, range: callRange)))
            }
            return .other
        }
        switch api.kind {
        case .seedGlobal:
            out.append(.event(Event(kind: .seedGlobal, range: callRange, api: api.name, generator: api.generator, seed: seed(api, node))))
        case .drawGlobal:
            out.append(.event(Event(kind: .drawGlobal, range: callRange, api: api.name, generator: api.generator)))
        case .makeKey:
            out.append(.event(Event(kind: .makeKey, range: callRange, api: api.name, binds: binds, seed: seed(api, node))))
            return .makeKey
        case .makeGenerator:
            out.append(.event(Event(kind: .makeGenerator, range: callRange, api: api.name, binds: binds, seed: seed(api, node))))
            return .makeGenerator
        case .splitKey:
            out.append(.event(Event(kind: .split, range: callRange, api: api.name, key: baseKey?.0, binds: binds)))
            return api.returnsOneKey ? .splitToOneKey : .split
        case .foldKey:
            let data = node.arguments.first(where: { $0.label?.text == "in" }).map { value($0.expression) }
            out.append(.event(Event(kind: .fold, range: callRange, api: api.name, key: baseKey?.0, binds: binds, value: data)))
            return .fold
        case .drawKey:
            out.append(.event(Event(kind: .drawKey, range: callRange, api: api.name, key: baseKey?.0)))
        case .drawGenerator:
            // `g.next()`, or `Int.random(in: r, using: &g)`: the generator is the receiver or `using:`
            let using = node.arguments.first(where: { $0.label?.text == "using" }).map { text(strip($0.expression)) }
            out.append(.event(Event(kind: .drawGenerator, range: callRange, api: api.name, key: using ?? base.map { text($0) })))
        default:
            break
        }
        return .other
    }

    /// Mutating members that add their argument to a string or collection.
    static let appenders: Set<String> = ["append", "insert", "appendFormat"]

    /// The catalog API a call refers to, if any.
    func match(_ name: String, isMember: Bool, base: ExprSyntax?, baseIsKey: Bool, labels: [String], trailing: Int,
               kinds: Set<API.Kind>? = nil) -> API? {
        guard let candidates = index.byName[name] else { return nil }
        if !isMember {
            if shadowsFree(name) { return nil }
        } else if let base, let ref = base.as(DeclReferenceExprSyntax.self), ref.baseName.tokenKind == .keyword(.self),
                  let type = types.last, typeMembers[type.simpleName]?.contains(name) == true {
            return nil  // self.random() on a type that declares random()
        } else if let base, let ref = base.as(DeclReferenceExprSyntax.self), let type = localTypes[ref.baseName.text],
                  typeMembers[type]?.contains(name) == true, facts.generatorTypes[type] == nil {
            return nil  // turnstile.next() on a local of a type the file declares with its own next()
        }
        var best: API?
        var bestRank = Int.max
        for api in candidates where api.member == isMember && api.kind != .call && kinds?.contains(api.kind) != false {
            if APIIndex.isKeyKind(api.kind) && !baseIsKey { continue }
            if isMember, !api.receiver.isEmpty, let base {
                guard let type = receiverName(base), api.receiver.contains(type) else { continue }
            }
            if api.unlessLabels.contains(where: { labels.contains($0) }) { continue }
            let missing = api.labels.reduce(0) { $0 + (labels.contains($1) ? 0 : 1) }
            if missing > 0, !((api.kind == .repeatsClosure || api.kind == .concurrent) && missing <= trailing) { continue }
            let rank: Int
            switch api.kind {
            case .splitKey, .foldKey, .drawKey: rank = 0
            case .seedGlobal, .drawGlobal, .makeKey, .makeGenerator, .drawGenerator: rank = 1
            case .repeatsClosure: rank = 2
            case .concurrent: rank = 3
            case .clock: rank = 4
            case .call: continue
            }
            if rank < bestRank { best = api; bestRank = rank }
        }
        return best
    }

    /// The catalog entry of kind `call` a call matches, if any (custom call rules). Unlike the other
    /// kinds, a local declaration of the same name does not hide it: the rule flags every call.
    func matchCall(_ name: String, isMember: Bool, base: ExprSyntax?, labels: [String]) -> API? {
        for api in index.byName[name] ?? [] where api.kind == .call && api.member == isMember {
            if isMember, !api.receiver.isEmpty {
                guard let base, let type = receiverName(base), api.receiver.contains(type) else { continue }
            }
            if api.unlessLabels.contains(where: { labels.contains($0) }) { continue }
            if api.labels.contains(where: { !labels.contains($0) }) { continue }
            return api
        }
        return nil
    }

    func receiverName(_ base: ExprSyntax) -> String? {
        switch base.as(ExprSyntaxEnum.self) {
        case .declReferenceExpr(let ref): return ref.baseName.text
        case .memberAccessExpr(let member): return member.declName.baseName.text
        case .genericSpecializationExpr(let generic): return receiverName(generic.expression)
        default: return nil
        }
    }

    /// A key (or keys in an array literal) passed to a non-catalog call: `passKey`.
    func passKeys(_ value: ExprSyntax, _ callRange: RandLintCore.SourceRange, _ out: inout [Step]) -> Bool {
        let v = strip(value)
        if let array = v.as(ArrayExprSyntax.self) {
            for element in array.elements where !passKeys(element.expression, callRange, &out) {
                expr(element.expression, &out)
            }
            return true
        }
        if let (name, _) = keyRef(v, &out) {
            out.append(.event(Event(kind: .passKey, range: callRange, key: name)))
            return true
        }
        return false
    }

    /// A closure literal: a loop of the given kind around its body. `elementIndex`: the parameter that
    /// receives an element of a key array (for `keys.forEach { k in … }`).
    func closureLoop(_ closure: ClosureExprSyntax, _ kind: Loop.Kind, elementIndex: Int?, spawn: Spawn? = nil, counts: Bool = false,
                     _ out: inout [Step]) {
        if let spawn { spawnStack.append(spawn) }
        let savedRecording = recordingUse
        recordingUse = false  // a closure's statements are values of their own
        defer {
            if spawn != nil { spawnStack.removeLast() }
            recordingUse = savedRecording
        }
        scopes.append([:])
        var body: [Step] = []
        var i = 0
        var names: [String] = []
        func parameter(_ name: String, _ type: TypeSyntax?, _ node: Syntax) {
            var key = type.flatMap { keyKind($0) }
            if key == nil, elementIndex == i { key = .key }
            i += 1
            guard name != "_" else { return }
            names.append(name)
            if let key {
                body.append(.event(Event(kind: .bindKey, range: range(node), binds: [name])))
                declare(name, key)
            } else {
                declare(name, .other)
            }
        }
        if let clause = closure.signature?.parameterClause {
            switch clause {
            case .simpleInput(let list): for p in list { parameter(p.name.text, nil, Syntax(p)) }
            case .parameterClause(let list): for p in list.parameters { parameter((p.secondName ?? p.firstName).text, p.type, Syntax(p)) }
            }
        } else if let elementIndex {
            let dollar = "$\(elementIndex)"
            if closure.statements.tokens(viewMode: .sourceAccurate).contains(where: { $0.tokenKind == .dollarIdentifier(dollar) }) {
                body.append(.event(Event(kind: .bindKey, range: range(closure), binds: [dollar])))
                declare(dollar, .key)
            }
        }
        items(closure.statements, &body)
        scopes.removeLast()
        if case .repeatedClosure = kind, names.isEmpty,
           closure.statements.tokens(viewMode: .sourceAccurate).contains(where: { $0.tokenKind == .dollarIdentifier("$0") }) {
            names = ["$0"]
        }
        let variables: [String]
        if case .repeatedClosure = kind { variables = names } else { variables = [] }
        let counter = counts ? names.first.flatMap { $0.hasPrefix("$") ? nil : $0 } : nil
        if !body.isEmpty { out.append(.loop(Loop(kind: kind, body: body, range: range(closure), variables: variables, spawn: spawn, counter: counter))) }
    }

    // MARK: - Seeds

    func seed(_ api: API, _ node: FunctionCallExprSyntax) -> Seed? {
        guard let ref = api.seed else { return nil }
        let arguments = node.arguments
        if arguments.isEmpty && node.trailingClosure == nil { return Seed(source: .none) }
        var value: ExprSyntax?
        switch ref {
        case .position(let n):
            for (i, argument) in arguments.enumerated() where i == n { value = argument.expression }
        case .label(let label):
            value = arguments.first(where: { $0.label?.text == label })?.expression
        }
        if value == nil, api.catalog == "project", ref == .label("seed") { value = arguments.first?.expression }
        guard let value else {
            return Seed(source: .expression, text: text(arguments), range: range(arguments))
        }
        let seedValue = self.value(value)
        let source: Seed.Source = mentionsClock(value) ? .clock : isConstant(value) || seedValue.integerValue != nil ? .literal : .expression
        return Seed(source: source, text: text(value), range: range(value), value: seedValue)
    }

    /// Whether an expression reads a catalog `clock` API (`time(nil)`, `Date()`, `DispatchTime.now()`, `….processIdentifier`).
    func mentionsClock(_ e: ExprSyntax) -> Bool {
        for token in e.tokens(viewMode: .sourceAccurate) {
            let text = token.text
            guard index.clockNames.contains(text), let ref = token.parent?.as(DeclReferenceExprSyntax.self) else { continue }
            let apis = index.byName[text] ?? []
            if let member = ref.parent?.as(MemberAccessExprSyntax.self), member.declName.id == ref.id {
                for api in apis where api.kind == .clock && api.member {
                    if api.receiver.isEmpty { return true }
                    guard let base = member.base else { return true }
                    if let type = receiverName(base), api.receiver.contains(type) { return true }
                }
            } else if let call = ref.parent?.as(FunctionCallExprSyntax.self), call.calledExpression.id == ref.id,
                      apis.contains(where: { $0.kind == .clock && !$0.member }), !shadowsFree(text) {
                return true
            }
        }
        return false
    }

    /// A literal or a constant expression of literals and conversions (`42`, `UInt32(42)`, `1 << 4`, `-1`).
    func isConstant(_ e: ExprSyntax) -> Bool {
        switch e.as(ExprSyntaxEnum.self) {
        case .integerLiteralExpr, .floatLiteralExpr, .booleanLiteralExpr: return true
        case .prefixOperatorExpr(let p): return isConstant(p.expression)
        case .tupleExpr(let t): return t.elements.count == 1 && t.elements.allSatisfy { isConstant($0.expression) }
        case .asExpr(let a): return isConstant(a.expression)
        case .infixOperatorExpr(let i): return isConstant(i.leftOperand) && isConstant(i.rightOperand)
        case .sequenceExpr(let s):
            return s.elements.allSatisfy { element in
                element.is(BinaryOperatorExprSyntax.self) || element.is(UnresolvedAsExprSyntax.self)
                    || element.is(TypeExprSyntax.self) || isConstant(element)
            }
        case .functionCallExpr(let call):
            guard !call.arguments.isEmpty, call.trailingClosure == nil else { return false }
            let typeName: String?
            switch call.calledExpression.as(ExprSyntaxEnum.self) {
            case .declReferenceExpr(let ref): typeName = ref.baseName.text
            case .memberAccessExpr(let member) where member.declName.baseName.tokenKind == .keyword(.`init`):
                typeName = member.base.flatMap(receiverName)
            default: typeName = nil
            }
            guard let typeName, typeName.first?.isUppercase == true else { return false }
            return call.arguments.allSatisfy { isConstant($0.expression) }
        case .memberAccessExpr(let member):
            guard let base = member.base?.as(DeclReferenceExprSyntax.self), base.baseName.text.first?.isUppercase == true else { return false }
            let name = member.declName.baseName.text
            return name == "max" || name == "min" || name == "zero"
        default: return false
        }
    }
}
