import CLibClang
import RandLintCore

extension CModelBuilder {
    /// Appends the events of an expression, in evaluation order.
    func expressionSteps(_ cursor: Cursor, _ out: inout [Step]) {
        switch cursor.kind {
        case CursorKind.callExpr:
            _ = call(cursor, binds: [], bindRange: nil, &out)
        case CursorKind.declRefExpr, CursorKind.integerLiteral, CursorKind.floatingLiteral, CursorKind.stringLiteral,
             CursorKind.characterLiteral, CursorKind.unaryExpr, CursorKind.typeRef:
            break // nothing runs (sizeof/alignof do not evaluate their operand)
        case CursorKind.binaryOperator:
            binaryOperator(cursor, &out)
        case CursorKind.compoundAssignOperator:
            compoundAssignment(cursor, &out)
        case CursorKind.conditionalOperator:
            let children = cursor.children
            guard children.count == 3 else { return children.forEach { expressionSteps($0, &out) } }
            expressionSteps(children[0], &out)
            var yes: [Step] = [], no: [Step] = []
            expressionSteps(children[1], &yes)
            expressionSteps(children[2], &no)
            out.append(.branch(Branch(kind: .ternary, arms: [.init(steps: yes), .init(steps: no)])))
        case CursorKind.stmtExpr:
            for child in cursor.children { statement(child, &out) }
        case CursorKind.arraySubscriptExpr:
            // The index is a value of its own (`a[rand() % n]`), even inside a recorded expression.
            let children = cursor.children
            guard children.count == 2 else { return children.forEach { expressionSteps($0, &out) } }
            expressionSteps(children[0], &out)
            let saved = recordingUse
            recordingUse = false
            expressionSteps(children[1], &out)
            recordingUse = saved
        default:
            for child in cursor.children { expressionSteps(child, &out) }
        }
    }

    /// The operator of a binary expression, read from the text between its operands.
    func operatorText(_ cursor: Cursor, _ lhs: Cursor, _ rhs: Cursor) -> String {
        let left = place(lhs).end, right = place(rhs).start
        if left.file == right.file, let key = key(of: left.file), left.offset < right.offset {
            return code(in: key, from: left.offset, to: right.offset)
        }
        // Both operands come from one macro's body: read the operator where the macro spells it.
        let spelledLeft = spelling(rlc_range_end(lhs.extent)), spelledRight = spelling(rlc_range_start(rhs.extent))
        guard spelledLeft.file != nil, rlc_files_equal(spelledLeft.file, spelledRight.file) != 0, let key = key(of: spelledLeft.file),
              spelledLeft.offset <= spelledRight.offset, spelledRight.offset - spelledLeft.offset < 16 else { return "" }
        return code(in: key, from: spelledLeft.offset, to: spelledRight.offset)
    }

    func binaryOperator(_ cursor: Cursor, _ out: inout [Step]) {
        let children = cursor.children
        guard children.count == 2 else { return children.forEach { expressionSteps($0, &out) } }
        let (lhs, rhs) = (children[0], children[1])
        let op = operatorText(cursor, lhs, rhs)
        switch op {
        case "&&", "||":
            // The right side runs only sometimes.
            expressionSteps(lhs, &out)
            var right: [Step] = []
            expressionSteps(rhs, &right)
            out.append(.branch(Branch(kind: .optional, arms: [.init(steps: right), .init(steps: [])])))
        case "=":
            var scratch: [Step] = []
            if hasKeyType(strip(lhs)), let target = keyName(lhs, &scratch, bindIndex: false) {
                binding(rhs, targets: [target], range: range(cursor), &out)
            } else {
                expressionSteps(lhs, &out)
                recorded { expressionSteps(rhs, &out) }
                if let target = assignTarget(lhs) {
                    out.append(.event(Event(kind: .assign, range: range(cursor), binds: [target], value: value(rhs))))
                }
            }
        default:
            let record = !recordingUse
            recorded {
                expressionSteps(lhs, &out)
                expressionSteps(rhs, &out)
            }
            guard record, op != ",", op != "" else { return }
            let v = value(cursor)
            if v.readsTracedSource { out.append(.event(Event(kind: .use, range: range(cursor), value: v))) }
        }
    }

    /// The C library functions that write their first argument from the others (string building).
    static let bufferWriters: Set<String> = ["sprintf", "snprintf", "vsprintf", "vsnprintf", "strcpy", "strncpy", "strcat",
                                             "strncat", "memcpy", "memmove", "stpcpy", "strlcpy", "strlcat"]

    /// `snprintf(token, n, "%08x", rand())`: the buffer is assigned the call, when an argument
    /// draws (so a draw's way into a buffer is a step like `token = …`).
    func bufferWrite(_ cursor: Cursor, _ arguments: [Cursor], _ out: inout [Step]) {
        let callee = cursor.referenced
        guard callee.kind == CursorKind.functionDecl, Self.bufferWriters.contains(callee.spelling), !isUserDefined(callee),
              let first = arguments.first, let target = assignTarget(first) ?? assignTarget(strip(first).children.first ?? first)
        else { return }
        let values = arguments.map { value($0) }
        guard values.dropFirst().contains(where: { $0.containsDraw || $0.readsTracedSource }) else { return }
        out.append(.event(Event(kind: .assign, range: range(cursor), api: callee.spelling, binds: [target],
                                value: .call(callee.spelling, values))))
    }

    /// `x += e` and friends: the target is assigned `x + e`.
    func compoundAssignment(_ cursor: Cursor, _ out: inout [Step]) {
        let children = cursor.children
        guard children.count == 2 else { return children.forEach { expressionSteps($0, &out) } }
        let (lhs, rhs) = (children[0], children[1])
        let op = operatorText(cursor, lhs, rhs)
        recorded {
            expressionSteps(lhs, &out)
            expressionSteps(rhs, &out)
        }
        guard let target = assignTarget(lhs), op.count >= 2 else { return }
        let v = Value.op(String(op.dropLast()), [value(lhs), value(rhs)], range(cursor))
        out.append(.event(Event(kind: .assign, range: range(cursor), api: op, binds: [target], value: v)))
    }

    /// Runs `body` with uses inside it not recorded (the enclosing value is).
    func recorded(_ body: () -> Void) {
        let saved = recordingUse
        recordingUse = true
        body()
        recordingUse = saved
    }

    /// The value bound to key-typed `targets` (`rk_key k = value;`, `k = value;`).
    func binding(_ value: Cursor, targets: [String], range bindRange: RandLintCore.SourceRange, _ out: inout [Step]) {
        let v = strip(value)
        if v.kind == CursorKind.callExpr {
            if !call(v, binds: targets, bindRange: bindRange, &out) {
                out.append(.event(Event(kind: .bindKey, range: bindRange, binds: targets)))
            }
            return
        }
        if v.kind == CursorKind.conditionalOperator {
            let children = v.children
            if children.count == 3 {
                expressionSteps(children[0], &out)
                var yes: [Step] = [], no: [Step] = []
                binding(children[1], targets: targets, range: bindRange, &yes)
                binding(children[2], targets: targets, range: bindRange, &no)
                out.append(.branch(Branch(kind: .ternary, arms: [.init(steps: yes), .init(steps: no)])))
                return
            }
        }
        if let name = keyName(v, &out) {
            out.append(.event(Event(kind: .copyKey, range: bindRange, key: name, binds: targets)))
            return
        }
        expressionSteps(v, &out)
        out.append(.event(Event(kind: .bindKey, range: bindRange, binds: targets)))
    }

    /// Whether a function declaration is the project's own: defined in a project file that is
    /// not a key library's header (one defining its APIs, like a vendored randomkeys.h).
    func isUserDefined(_ declaration: Cursor) -> Bool {
        let definition = declaration.definition
        guard !definition.isNull, !definition.isInSystemHeader else { return false }
        guard let key = key(of: expansion(definition.location).file) else { return false }
        return !isLibraryFile(key)
    }

    /// The catalog API a call resolves to: the callee is a function declared outside the project's
    /// own files (a system header, a library header, or undeclared) whose name the catalog lists.
    func api(of call: Cursor) -> API? {
        let callee = call.referenced
        guard callee.kind == CursorKind.functionDecl else { return nil }
        guard let api = index.byName[callee.spelling], !isUserDefined(callee) else { return nil }
        return api
    }

    /// Where a call is reported, and the macro it came from: a call written in a macro's body is
    /// reported at the macro's use (the range covers the use) and names the macro.
    func callSite(_ call: Cursor, name: String) -> (RandLintCore.SourceRange, String?) {
        let p = place(call)
        if let word = identifier(at: p.start), word != name { return (p.range, word) }
        return (p.range, nil)
    }

    /// Walks a call and its arguments; returns whether it bound `binds` itself (a key
    /// constructor, a fold).
    func call(_ cursor: Cursor, binds: [String], bindRange: RandLintCore.SourceRange?, _ out: inout [Step]) -> Bool {
        let children = cursor.children
        let arguments = (0..<max(0, cursor.argumentCount)).map { cursor.argument($0) }
        if let callee = children.first {
            let c = strip(callee)
            if c.kind != CursorKind.declRefExpr { expressionSteps(callee, &out) }
        }
        let resolved = api(of: cursor)
        guard let api = resolved, api.kind != .clock, api.kind != .concurrent, api.kind != .repeatsClosure, api.kind != .call else {
            if let resolved, resolved.kind == .concurrent {
                recordSpawn(api: resolved, site: callSite(cursor, name: resolved.name).0, arguments: arguments)
            } else if resolved == nil {
                recordCallee(cursor)
            }
            genericCall(cursor, arguments, &out)
            if resolved == nil { bufferWrite(cursor, arguments, &out) }
            if let resolved, resolved.kind == .clock { clockOutputs(cursor, api: resolved, &out) }
            callEvent(cursor, &out)
            return false
        }
        defer { callEvent(cursor, &out) }
        let (site, macro) = callSite(cursor, name: api.name)
        func argument(_ position: Int?) -> Cursor? {
            guard let position, position >= 0, position < arguments.count else { return nil }
            return arguments[position]
        }
        func evaluateOthers(except skipped: Set<Int>) {
            for (i, argument) in arguments.enumerated() where !skipped.contains(i) { expressionSteps(argument, &out) }
        }
        switch api.kind {
        case .seedGlobal, .drawGlobal, .makeKey, .makeGenerator:
            evaluateOthers(except: [])
            var seed: Seed?
            if api.kind != .drawGlobal, let ref = api.seed {
                if case .position(let p) = ref { seed = classify(argument(p), fromMacro: macro != nil) } else { seed = classify(nil, fromMacro: false) }
            } else if api.kind == .makeKey || api.kind == .makeGenerator {
                seed = Seed(source: .none)
            }
            let kind: Event.Kind = api.kind == .seedGlobal ? .seedGlobal : api.kind == .drawGlobal ? .drawGlobal
                : api.kind == .makeKey ? .makeKey : .makeGenerator
            let bound = kind == .makeKey || kind == .makeGenerator ? binds : []
            out.append(.event(Event(kind: kind, range: site, api: api.name, generator: api.generator, binds: bound, seed: seed, macro: macro)))
            return !bound.isEmpty
        case .splitKey:
            let keyPosition = api.key ?? 0, outPosition = api.out ?? 1
            var key: String?
            if let k = argument(keyPosition) {
                key = keyName(k, &out)
                if key == nil { expressionSteps(k, &out) }
            }
            evaluateOthers(except: [keyPosition, outPosition])
            var names: [String] = []
            if let o = argument(outPosition), let base = splitOutput(o) {
                if let count = argument(outPosition + 1).flatMap({ integerValue(strip($0)) }), count >= 0, count <= 64 {
                    names = (0..<count).map { "\(base)[\($0)]" }
                } else {
                    unknownSplits[base] = unknownSplits[base] ?? []
                    names = [Self.pendingSplit + base]
                }
            }
            out.append(.event(Event(kind: .split, range: site, api: api.name, key: key, binds: names, macro: macro)))
            return false
        case .foldKey, .drawKey:
            let keyPosition = api.key ?? 0
            var key: String?
            if let k = argument(keyPosition) {
                key = keyName(k, &out)
                if key == nil { expressionSteps(k, &out) }
            }
            evaluateOthers(except: [keyPosition])
            let bound = api.kind == .foldKey ? binds : []
            let data = api.kind == .foldKey ? argument(keyPosition + 1).map { value($0) } : nil
            out.append(.event(Event(kind: api.kind == .foldKey ? .fold : .drawKey, range: site, api: api.name, key: key, binds: bound, macro: macro,
                                    value: data)))
            return !bound.isEmpty
        case .clock, .concurrent, .repeatsClosure, .call, .drawGenerator:
            return false
        }
    }

    /// A `call` event when the callee is named by a catalog entry of kind `call` (custom call
    /// rules): every call to that name, wherever the function is defined, reported at the call
    /// (or at the use of the macro that expands to it).
    func callEvent(_ cursor: Cursor, _ out: inout [Step]) {
        let callee = cursor.referenced
        guard callee.kind == CursorKind.functionDecl, let api = index.calls[callee.spelling] else { return }
        let (site, macro) = callSite(cursor, name: api.name)
        out.append(.event(Event(kind: .call, range: site, api: api.name, macro: macro)))
    }

    /// A call that is not a catalog API: keys passed to it are consumed (`passKey`); a key passed
    /// by address (`&k`) is consumed and then holds whatever the callee stored (`bindKey`).
    /// `exit`/`abort` end the path.
    func genericCall(_ cursor: Cursor, _ arguments: [Cursor], _ out: inout [Step]) {
        let site = range(cursor)
        var rebound: [String] = []
        for argument in arguments {
            let a = strip(argument)
            if let name = keyName(a, &out) {
                out.append(.event(Event(kind: .passKey, range: site, key: name)))
                continue
            }
            if a.kind == CursorKind.unaryOperator, text(a).hasPrefix("&"), let inner = a.children.first {
                var scratch: [Step] = []
                if let name = keyName(inner, &scratch, bindIndex: false) {
                    out += scratch
                    out.append(.event(Event(kind: .passKey, range: site, key: name)))
                    rebound.append(name)
                    continue
                }
            }
            expressionSteps(argument, &out)
        }
        if !rebound.isEmpty { out.append(.event(Event(kind: .bindKey, range: site, binds: rebound))) }
        let callee = cursor.referenced
        if callee.kind == CursorKind.functionDecl, Self.exits.contains(callee.spelling), !isUserDefined(callee) {
            out.append(.exit(Exit(kind: .throw, range: site)))
        }
    }

    /// What a seed is computed from: nothing, the clock (a catalog clock API anywhere in it), a
    /// constant expression of literals, or anything else.
    func classify(_ argument: Cursor?, fromMacro: Bool) -> Seed {
        guard let argument else { return Seed(source: .none) }
        let where_ = range(argument)
        var written = text(argument)
        let seedValue = value(argument)
        if containsClock(argument) { return Seed(source: .clock, text: written, range: where_, value: seedValue) }
        if isConstant(argument) || seedValue.integerValue != nil {
            if fromMacro || written.isEmpty, let value = integerValue(argument) { written = String(value) }
            return Seed(source: .literal, text: written, range: where_, value: seedValue)
        }
        return Seed(source: .expression, text: written, range: where_, value: seedValue)
    }

    func containsClock(_ cursor: Cursor) -> Bool {
        if cursor.kind == CursorKind.callExpr, let api = api(of: cursor), api.kind == .clock { return true }
        return cursor.children.contains { containsClock($0) }
    }

    func isConstant(_ cursor: Cursor) -> Bool {
        switch cursor.kind {
        case CursorKind.integerLiteral, CursorKind.floatingLiteral, CursorKind.characterLiteral, CursorKind.unaryExpr:
            return true
        case CursorKind.declRefExpr:
            return cursor.referenced.kind == CursorKind.enumConstantDecl
        case CursorKind.unexposedExpr, CursorKind.parenExpr, CursorKind.cStyleCastExpr, CursorKind.unaryOperator,
             CursorKind.binaryOperator, CursorKind.conditionalOperator:
            let children = cursor.children.filter { $0.kind != CursorKind.typeRef }
            return !children.isEmpty && children.allSatisfy { isConstant($0) }
        default:
            return false
        }
    }
}
