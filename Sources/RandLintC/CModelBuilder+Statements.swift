import CLibClang
import RandLintCore

extension CModelBuilder {
    /// Appends the steps of a statement, in evaluation order.
    func statement(_ cursor: Cursor, _ out: inout [Step]) {
        if usesOpenMP, let directive = openMPDirective(before: cursor) {
            var body: [Step] = []
            statementBody(cursor, &body)
            let spawn = Spawn(api: "omp \(directive.name)", range: directive.range)
            let kind: Loop.Kind = directive.everyThread ? .repeatedClosure(api: spawn.api) : .closure(api: spawn.api)
            if !body.isEmpty { out.append(.loop(Loop(kind: kind, body: body, range: range(cursor), spawn: spawn))) }
            return
        }
        statementBody(cursor, &out)
    }

    private func statementBody(_ cursor: Cursor, _ out: inout [Step]) {
        let kind = cursor.kind
        switch kind {
        case CursorKind.compoundStmt:
            block(cursor.children, &out)
        case CursorKind.declStmt:
            for child in cursor.children where child.kind == CursorKind.varDecl { variable(child, &out) }
        case CursorKind.ifStmt:
            let children = cursor.children
            guard children.count >= 2 else { return children.forEach { statement($0, &out) } }
            expressionSteps(children[0], &out)
            var then: [Step] = [], otherwise: [Step] = []
            statement(children[1], &then)
            if children.count > 2 { statement(children[2], &otherwise) }
            out.append(.branch(Branch(kind: .if, arms: [.init(steps: then), .init(steps: otherwise)])))
        case CursorKind.switchStmt:
            switchStatement(cursor, &out)
        case CursorKind.whileStmt:
            let children = cursor.children
            var body: [Step] = []
            for child in children { statement(child, &body) }
            out.append(.loop(Loop(kind: .statement, body: body, range: range(cursor))))
        case CursorKind.doStmt:
            var body: [Step] = []
            let children = cursor.children
            for child in children { statement(child, &body) }
            if children.count == 2, integerValue(strip(children[1])) == 0 {
                // `do { … } while (0)`, the macro idiom, runs once; `break` leaves it, as it leaves
                // a switch.
                out.append(.branch(Branch(kind: .switch, arms: [.init(steps: body)])))
            } else {
                out.append(.loop(Loop(kind: .statement, body: body, range: range(cursor))))
            }
        case CursorKind.forStmt:
            forStatement(cursor, &out)
        case CursorKind.returnStmt:
            for child in cursor.children {
                // the returned value is recorded as a `use` (api `return`)
                recorded { expressionSteps(child, &out) }
                let v = value(child)
                if v.readsTracedSource { out.append(.event(Event(kind: .use, range: range(child), api: "return", value: v))) }
            }
            out.append(.exit(Exit(kind: .return, range: range(cursor))))
        case CursorKind.gotoStmt where retryLabels.contains(gotoTarget(cursor)):
            // Back to the label of the loop `block` made: the next round of that loop.
            out.append(.exit(Exit(kind: .continue, range: range(cursor))))
        case CursorKind.gotoStmt, CursorKind.indirectGotoStmt:
            // A jump elsewhere in the function: treated as leaving the path here.
            out.append(.exit(Exit(kind: .return, range: range(cursor))))
        case CursorKind.breakStmt:
            out.append(.exit(Exit(kind: .break, range: range(cursor))))
        case CursorKind.continueStmt:
            out.append(.exit(Exit(kind: .continue, range: range(cursor))))
        case CursorKind.labelStmt, CursorKind.caseStmt, CursorKind.defaultStmt:
            // Outside a switch's top level (or a label): the statement it labels.
            if let last = cursor.children.last { statement(last, &out) }
        case CursorKind.nullStmt:
            break
        case CursorKind.firstExpr...CursorKind.lastExpr:
            expressionSteps(cursor, &out)
        case CursorKind.firstDecl...CursorKind.lastDecl:
            if kind == CursorKind.varDecl { variable(cursor, &out) }
        default:
            // Attributed, asm and other statements: whatever they contain, in order.
            for child in cursor.children { statement(child, &out) }
        }
    }

    /// `T name = init;`: a key-typed variable binds; anything else only evaluates its initializer.
    func variable(_ cursor: Cursor, _ out: inout [Step]) {
        guard let initializer = initializer(of: cursor) else { return }
        if hasKeyType(cursor) {
            binding(initializer, targets: [cursor.spelling], range: range(cursor), &out)
        } else {
            recorded { expressionSteps(initializer, &out) }
            guard initializer.kind != CursorKind.initListExpr else { return }
            // the declared type decides the arithmetic later reads do (`double r = rand();`)
            let type = cursor.typeSpelling
            let held = Value.isFloatType(type) ? Value.cast(type, value(initializer)) : value(initializer)
            out.append(.event(Event(kind: .assign, range: range(cursor), binds: [cursor.spelling], value: held)))
        }
    }

    /// The initializer of a variable declaration: its last expression child, when an `=` precedes
    /// it (array sizes are expression children too).
    func initializer(of declaration: Cursor) -> Cursor? {
        guard let last = declaration.children.last(where: { $0.isExpression }) else { return nil }
        let name = expansion(declaration.location)
        let value = place(last).start
        if let key = key(of: name.file), name.file == value.file, name.offset <= value.offset {
            return code(in: key, from: name.offset, to: value.offset).contains("=") ? last : nil
        }
        return declaration.typeSpelling.contains("[") ? nil : last
    }

    /// The statements of a block. A label that a later `goto` in the same block jumps back to
    /// starts a loop (a retry loop written with goto): the statements from the label through the
    /// last one holding such a `goto` repeat, and that `goto` is the loop's `continue`.
    func block(_ children: [Cursor], _ out: inout [Step]) {
        var i = 0
        while i < children.count {
            let child = children[i]
            guard child.kind == CursorKind.labelStmt,
                  let last = children.indices[i...].last(where: { jumps(children[$0], to: child.spelling) }) else {
                statement(child, &out)
                i += 1
                continue
            }
            retryLabels.insert(child.spelling)
            var body: [Step] = []
            for member in children[i...last] { statement(member, &body) }
            retryLabels.remove(child.spelling)
            out.append(.loop(Loop(kind: .statement, body: body, range: range(child))))
            i = last + 1
        }
    }

    /// Whether `cursor` is, or contains, `goto label`.
    private func jumps(_ cursor: Cursor, to label: String) -> Bool {
        if cursor.kind == CursorKind.gotoStmt { return gotoTarget(cursor) == label }
        return cursor.children.contains { jumps($0, to: label) }
    }

    /// The label a `goto` names (its label reference child).
    func gotoTarget(_ cursor: Cursor) -> String {
        cursor.children.first { $0.kind == CursorKind.labelRef }?.spelling ?? ""
    }

    /// One arm per group of case labels; an arm falls through when it does not end in
    /// break/return/goto/continue; an empty arm when there is no `default`.
    func switchStatement(_ cursor: Cursor, _ out: inout [Step]) {
        let children = cursor.children
        guard let body = children.last, children.count >= 2 else { return children.forEach { statement($0, &out) } }
        for child in children.dropLast() { expressionSteps(child, &out) }
        var arms: [(steps: [Step], last: Cursor?)] = []
        var hasDefault = false
        let statements = body.kind == CursorKind.compoundStmt ? body.children : [body]
        for item in statements {
            var current = item
            var labeled = false
            while current.kind == CursorKind.caseStmt || current.kind == CursorKind.defaultStmt {
                if current.kind == CursorKind.defaultStmt { hasDefault = true }
                labeled = true
                guard let sub = current.children.last else { break }
                // `case 1 ... 3:` has two value children; the labeled statement is always last.
                if current.kind == CursorKind.caseStmt, current.children.count < 2 { break }
                current = sub
            }
            if labeled { arms.append(([], nil)) }
            guard !arms.isEmpty else { continue } // unreachable code before the first label
            if current.kind == CursorKind.caseStmt || current.kind == CursorKind.defaultStmt { continue }
            statement(current, &arms[arms.count - 1].steps)
            arms[arms.count - 1].last = current
        }
        var result: [Branch.Arm] = []
        for (i, arm) in arms.enumerated() {
            let isLast = i == arms.count - 1
            result.append(Branch.Arm(steps: arm.steps, fallsThrough: !isLast && !endsControl(arm.last)))
        }
        if !hasDefault { result.append(Branch.Arm(steps: [])) }
        out.append(.branch(Branch(kind: .switch, arms: result)))
    }

    /// Whether a statement ends in a jump (break/return/goto/continue, or exit()/abort()).
    func endsControl(_ cursor: Cursor?) -> Bool {
        guard let cursor else { return false }
        switch cursor.kind {
        case CursorKind.breakStmt, CursorKind.returnStmt, CursorKind.gotoStmt, CursorKind.indirectGotoStmt, CursorKind.continueStmt:
            return true
        case CursorKind.compoundStmt:
            return endsControl(cursor.children.last)
        case CursorKind.callExpr:
            let callee = cursor.referenced
            return callee.kind == CursorKind.functionDecl && Self.exits.contains(callee.spelling) && !isUserDefined(callee)
        default:
            return false
        }
    }

    /// `for (init; cond; inc) body`: init before the loop; condition, body and increment inside it.
    /// libclang omits absent parts, so the header's semicolons say which child is which.
    func forStatement(_ cursor: Cursor, _ out: inout [Step]) {
        let children = cursor.children
        guard let body = children.last else { return }
        var initial: [Cursor] = [], condition: [Cursor] = [], increment: [Cursor] = []
        let parts = Array(children.dropLast())
        if let (first, second) = headerSemicolons(cursor) {
            for part in parts {
                let offset = place(part).start.offset
                if offset < first { initial.append(part) } else if offset < second { condition.append(part) } else { increment.append(part) }
            }
        } else if parts.count == 3 {
            initial = [parts[0]]; condition = [parts[1]]; increment = [parts[2]]
        } else {
            condition = parts
        }
        for part in initial { statement(part, &out) }
        var steps: [Step] = []
        for part in condition { statement(part, &steps) }
        statement(body, &steps)
        for part in increment { statement(part, &steps) }
        var variables: [String] = []
        var integers: [String] = []
        for part in initial {
            if part.kind == CursorKind.declStmt {
                for declaration in part.children where declaration.kind == CursorKind.varDecl {
                    variables.append(declaration.spelling)
                    if Self.isIntegerType(declaration.typeSpelling) { integers.append(declaration.spelling) }
                }
            } else if part.kind == CursorKind.binaryOperator, let lhs = part.children.first, let target = assignTarget(lhs) {
                variables.append(target)
                if Self.isIntegerType(lhs.typeSpelling) { integers.append(target) }
            }
        }
        out.append(.loop(Loop(kind: .statement, body: steps, range: range(cursor), variables: variables,
                              counter: integers.count == 1 ? integers[0] : nil)))
    }

    /// Offsets of the two `;` of a `for` header, from the source text.
    func headerSemicolons(_ cursor: Cursor) -> (Int, Int)? {
        let start = place(cursor).start
        guard let key = key(of: start.file), let file = fileText(key) else { return nil }
        var i = start.offset
        let t = file
        while i < t.count, t[i] != 0x28 { i += 1 } // (
        var depth = 0
        var semicolons: [Int] = []
        while i < t.count {
            switch t[i] {
            case 0x28: depth += 1
            case 0x29:
                depth -= 1
                if depth == 0 { return semicolons.count == 2 ? (semicolons[0], semicolons[1]) : nil }
            case 0x3B: if depth == 1 { semicolons.append(i) }
            case 0x22, 0x27: // skip a string or character literal
                let quote = t[i]
                i += 1
                while i < t.count, t[i] != quote { if t[i] == 0x5C { i += 1 }; i += 1 }
            default: break
            }
            i += 1
        }
        return nil
    }

    /// An integer type as libclang spells it (`int`, `unsigned long`, `size_t`, `uint32_t`), not a
    /// pointer, array or floating-point type.
    static func isIntegerType(_ spelling: String) -> Bool {
        let words = spelling.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).map(String.init)
        guard !spelling.contains("*"), !spelling.contains("["), !words.contains(where: { ["float", "double", "struct", "union"].contains($0) }) else { return false }
        return words.contains { ["int", "long", "short", "char", "unsigned", "signed", "size_t", "ssize_t", "ptrdiff_t"].contains($0)
            || ($0.hasSuffix("_t") && ($0.hasPrefix("int") || $0.hasPrefix("uint"))) }
    }
}
