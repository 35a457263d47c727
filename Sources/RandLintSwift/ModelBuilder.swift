import RandLintCore
import SwiftSyntax

/// What a name refers to, as far as randomness is concerned.
enum VarKind: Equatable {
    /// A key (or something holding one key).
    case key
    /// An array (or tuple) of keys: `keys[0]`, `pair.0` are keys.
    case keyArray
    /// Anything else (shadows a key, a property or a free function of the same name).
    case other
}

struct TypeContext {
    /// Qualified name for function names (`Outer.Inner`).
    var name: String
    /// Simple name, the key of `typeMembers` / `typeKeyProps`.
    var simpleName: String
    var isMainType: Bool
    var isClass: Bool
}

/// Builds the program model of one file in one walk over its syntax tree.
final class ModelBuilder {
    let index: APIIndex
    let extraEntryPoints: Set<String>
    let path: String
    let tree: SourceFileSyntax
    /// UTF-8 offsets at which lines start (line 1 at index 0).
    var lineStarts: [Int] = [0]
    /// The file's UTF-8 bytes (for source text without rebuilding syntax nodes).
    var bytes: [UInt8] = []
    let isMainFile: Bool

    var functions: [Function] = []
    /// Functions and variables declared at file scope (they shadow free catalog functions).
    var fileNames: Set<String> = []
    /// Keys declared at file scope.
    var globalKeys: [String: VarKind] = [:]
    /// Type name → names of its member functions and properties (all declarations and extensions in the file).
    var typeMembers: [String: Set<String>] = [:]
    /// Type name → stored properties that hold keys.
    var typeKeyProps: [String: [String: VarKind]] = [:]

    var types: [TypeContext] = []
    var scopes: [[String: VarKind]] = []
    /// Name of the function being built ("" at file scope).
    var currentFunction = ""
    /// UTF-8 offsets of identifiers that can start an event (see `APIIndex.relevantHashes`), sorted;
    /// nil: walk every function.
    var relevantOffsets: [Int]?

    init(index: APIIndex, extraEntryPoints: Set<String>, path: String, tree: SourceFileSyntax) {
        self.index = index
        self.extraEntryPoints = extraEntryPoints
        self.path = path
        self.tree = tree
        let file = path.split(separator: "/").last.map(String.init) ?? path
        self.isMainFile = file == "main.swift"
    }

    // MARK: - File

    /// Finds the identifiers that can produce events, so that functions without any are not walked.
    func markRelevantIdentifiers(_ source: String) {
        prepass(tree.statements)
        var hashes = index.relevantHashes
        for name in globalKeys.keys { hashes.insert(IdentifierHash.of(name)) }
        for props in typeKeyProps.values { for name in props.keys { hashes.insert(IdentifierHash.of(name)) } }
        bytes = Array(source.utf8)
        let filter = IdentifierHash.Filter(hashes)
        let (identifiers, lines) = bytes.withUnsafeBufferPointer { IdentifierHash.scan($0, matching: filter) }
        relevantOffsets = identifiers
        lineStarts = lines
    }

    /// Whether the text of a node mentions a relevant identifier.
    func mayHaveEvents(_ node: some SyntaxProtocol) -> Bool {
        guard let offsets = relevantOffsets else { return true }
        let start = node.position.utf8Offset
        let end = node.endPosition.utf8Offset
        var low = 0
        var high = offsets.count
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] < start { low = mid + 1 } else { high = mid }
        }
        return low < offsets.count && offsets[low] < end
    }

    static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            if byte == 0x0a {
                starts.append(i + 1)
            } else if byte == 0x0d {
                if i + 1 < n, bytes[i + 1] == 0x0a { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        return starts
    }

    func build() -> [Function] {
        if relevantOffsets == nil {
            prepass(tree.statements)
            bytes = Array(tree.description.utf8)
            bytes.withUnsafeBufferPointer { lineStarts = Self.lineStarts($0) }
        }
        var top: [Step] = []
        var first: AbsolutePosition?
        var last: AbsolutePosition?
        var hasStatements = false
        scopes = [[:]]
        currentFunction = ""
        func topLevel(_ list: CodeBlockItemListSyntax) {
            for item in list {
                if case .decl(let decl) = item.item {
                    if let config = decl.as(IfConfigDeclSyntax.self) {
                        for clause in config.clauses {
                            if case .statements(let inner) = clause.elements { topLevel(inner) }
                        }
                        continue
                    }
                    if fileDecl(decl) { continue }
                    if let variable = decl.as(VariableDeclSyntax.self), variable.bindings.contains(where: { $0.accessorBlock != nil }) {
                        property(variable)
                        continue
                    }
                }
                hasStatements = true
                if first == nil { first = item.positionAfterSkippingLeadingTrivia }
                last = item.endPositionBeforeTrailingTrivia
                self.item(item.item, &top)
            }
        }
        topLevel(tree.statements)
        if hasStatements, let first, let last, isMainFile || !top.isEmpty {
            let range = RandLintCore.SourceRange(start: position(first), end: position(last))
            functions.append(Function(name: "top-level", kind: .topLevel, isEntryPoint: isMainFile || extraEntryPoints.contains("top-level"),
                                      parameters: [], range: range, body: top))
        }
        scopes = []
        return functions.enumerated().sorted { a, b in
            (a.element.range.start.offset, a.offset) < (b.element.range.start.offset, b.offset)
        }.map(\.element)
    }

    /// Handles a declaration that is not a statement (functions, types, imports). Returns false for
    /// declarations that are statements of the enclosing body (variables).
    func fileDecl(_ decl: DeclSyntax) -> Bool {
        switch decl.as(DeclSyntaxEnum.self) {
        case .functionDecl(let f):
            function(f, nested: false)
            return true
        case .structDecl(let d):
            typeDecl(name: d.name.text, attributes: d.attributes, isClass: false, members: d.memberBlock)
            return true
        case .classDecl(let d):
            typeDecl(name: d.name.text, attributes: d.attributes, isClass: true, members: d.memberBlock)
            return true
        case .enumDecl(let d):
            typeDecl(name: d.name.text, attributes: d.attributes, isClass: false, members: d.memberBlock)
            return true
        case .actorDecl(let d):
            typeDecl(name: d.name.text, attributes: d.attributes, isClass: true, members: d.memberBlock)
            return true
        case .extensionDecl(let d):
            typeDecl(name: simpleTypeName(d.extendedType), attributes: d.attributes, isClass: true, members: d.memberBlock)
            return true
        case .variableDecl:
            return false
        default:
            // imports, protocols, typealiases, operators, macros: nothing runs
            return true
        }
    }

    // MARK: - Pre-pass: names declared in the file

    func prepass(_ list: CodeBlockItemListSyntax) {
        for item in list {
            guard case .decl(let decl) = item.item else { continue }
            switch decl.as(DeclSyntaxEnum.self) {
            case .functionDecl(let f): fileNames.insert(f.name.text)
            case .variableDecl(let v):
                for binding in v.bindings {
                    for name in patternNames(binding.pattern).names { fileNames.insert(name) }
                    for (name, kind) in storedKeys(binding, known: globalKeys) { globalKeys[name] = kind }
                }
            case .ifConfigDecl(let config):
                for clause in config.clauses {
                    if case .statements(let inner) = clause.elements { prepass(inner) }
                }
            default:
                prepassType(decl)
            }
        }
    }

    func prepassType(_ decl: DeclSyntax) {
        switch decl.as(DeclSyntaxEnum.self) {
        case .structDecl(let d): collectMembers(d.name.text, d.memberBlock.members)
        case .classDecl(let d): collectMembers(d.name.text, d.memberBlock.members)
        case .enumDecl(let d): collectMembers(d.name.text, d.memberBlock.members)
        case .actorDecl(let d): collectMembers(d.name.text, d.memberBlock.members)
        case .extensionDecl(let d): collectMembers(simpleTypeName(d.extendedType), d.memberBlock.members)
        default: break
        }
    }

    func collectMembers(_ type: String, _ members: MemberBlockItemListSyntax) {
        var names = typeMembers[type] ?? []
        var keys = typeKeyProps[type] ?? [:]
        func scan(_ members: MemberBlockItemListSyntax) {
            for member in members {
                let decl = member.decl
                switch decl.as(DeclSyntaxEnum.self) {
                case .functionDecl(let f): names.insert(f.name.text)
                case .variableDecl(let v):
                    for binding in v.bindings {
                        for name in patternNames(binding.pattern).names { names.insert(name) }
                        for (name, kind) in storedKeys(binding, known: keys) { keys[name] = kind }
                    }
                case .ifConfigDecl(let config):
                    for clause in config.clauses {
                        if case .decls(let inner) = clause.elements { scan(inner) }
                    }
                default: prepassType(decl)
                }
            }
        }
        scan(members)
        typeMembers[type] = names
        typeKeyProps[type] = keys
    }

    /// Stored variables that hold keys: typed as a key type, initialized by a key constructor, or
    /// bound from a split, fold or copy of a key declared earlier at the same level.
    func storedKeys(_ binding: PatternBindingSyntax, known: [String: VarKind]) -> [(String, VarKind)] {
        if binding.accessorBlock != nil, binding.initializer == nil { return [] }
        if binding.typeAnnotation == nil, binding.initializer?.value.is(FunctionCallExprSyntax.self) != true,
           binding.initializer?.value.is(DeclReferenceExprSyntax.self) != true, binding.initializer?.value.is(TryExprSyntax.self) != true {
            return []
        }
        if let type = binding.typeAnnotation?.type, keyKind(type) == nil { return [] }
        let (names, isTuple) = patternNames(binding.pattern)
        guard !names.isEmpty else { return [] }
        if let type = binding.typeAnnotation?.type {
            guard let kind = keyKind(type) else { return [] }
            return isTuple ? names.map { ($0, .key) } : names.map { ($0, kind) }
        }
        guard let value = binding.initializer.map({ strip($0.value) }) else { return [] }
        func isKnownKey(_ e: ExprSyntax?) -> Bool {
            guard let e, let ref = strip(e).as(DeclReferenceExprSyntax.self) else { return false }
            let name = ref.baseName.text
            return known[name] == .key || known[name.hasPrefix("self.") ? name : "self." + name] == .key
        }
        if let ref = value.as(DeclReferenceExprSyntax.self), let kind = known[ref.baseName.text] {
            return names.map { ($0, kind) }
        }
        guard let call = value.as(FunctionCallExprSyntax.self) else { return [] }
        if let ref = call.calledExpression.as(DeclReferenceExprSyntax.self),
           index.byName[ref.baseName.text]?.contains(where: { $0.kind == .makeKey && !$0.member }) == true {
            return names.map { ($0, .key) }
        }
        if let member = call.calledExpression.as(MemberAccessExprSyntax.self), isKnownKey(member.base),
           let apis = index.byName[member.declName.baseName.text] {
            if apis.contains(where: { $0.kind == .splitKey && $0.member }) {
                return isTuple || names.count > 1 ? names.map { ($0, .key) } : names.map { ($0, .keyArray) }
            }
            if apis.contains(where: { $0.kind == .foldKey && $0.member }) { return names.map { ($0, .key) } }
        }
        return []
    }

    // MARK: - Types and functions

    func typeDecl(name: String, attributes: AttributeListSyntax, isClass: Bool, members: MemberBlockSyntax) {
        if !currentFunction.isEmpty { collectMembers(name, members.members) }
        let qualified = types.last.map { $0.name + "." + name } ?? name
        types.append(TypeContext(name: qualified, simpleName: name, isMainType: hasAttribute(attributes, "main"), isClass: isClass))
        memberDecls(members.members)
        types.removeLast()
    }

    func memberDecls(_ members: MemberBlockItemListSyntax) {
        for member in members {
            let decl = member.decl
            switch decl.as(DeclSyntaxEnum.self) {
            case .functionDecl(let f): function(f, nested: false)
            case .initializerDecl(let d):
                let name = qualify(signatureName("init", d.signature.parameterClause.parameters))
                buildFunction(name: name, kind: .initializer, entry: false, params: d.signature.parameterClause.parameters,
                              body: d.body?.statements, node: Syntax(d), nested: false)
            case .deinitializerDecl(let d):
                buildFunction(name: qualify("deinit"), kind: .function, entry: false, params: nil,
                              body: d.body?.statements, node: Syntax(d), nested: false)
            case .subscriptDecl(let d):
                let name = qualify(signatureName("subscript", d.parameterClause.parameters))
                accessors(d.accessorBlock, name: name, params: d.parameterClause.parameters, node: Syntax(d))
            case .variableDecl(let v): property(v)
            case .ifConfigDecl(let config):
                for clause in config.clauses {
                    if case .decls(let inner) = clause.elements { memberDecls(inner) }
                }
            default: _ = fileDecl(decl)
            }
        }
    }

    func qualify(_ name: String) -> String {
        if !currentFunction.isEmpty, types.isEmpty { return currentFunction + "." + name }
        if let type = types.last { return type.name + "." + name }
        return name
    }

    func signatureName(_ base: String, _ params: FunctionParameterListSyntax) -> String {
        var name = base + "("
        for param in params { name += param.firstName.text + ":" }
        return name + ")"
    }

    func function(_ f: FunctionDeclSyntax, nested: Bool) {
        let params = f.signature.parameterClause.parameters
        let bare = f.name.text
        let sig = signatureName(bare, params)
        let name = nested ? currentFunction + "." + sig : qualify(sig)
        var entry = false
        if !nested {
            let isStatic = f.modifiers.contains { $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class) }
            if hasAttribute(f.attributes, "Test") { entry = true }
            if let type = types.last {
                if isStatic, bare == "main", params.isEmpty, type.isMainType { entry = true }
                if type.isClass, !isStatic, params.isEmpty,
                   bare.hasPrefix("test") || bare == "setUp" || bare == "setUpWithError" { entry = true }
                if extraEntryPoints.contains(type.simpleName + "." + bare) || extraEntryPoints.contains(type.name + "." + bare) { entry = true }
            }
            if extraEntryPoints.contains(bare) { entry = true }
        }
        buildFunction(name: name, kind: .function, entry: entry, params: params, body: f.body?.statements, node: Syntax(f), nested: nested)
    }

    func accessors(_ block: AccessorBlockSyntax?, name: String, params: FunctionParameterListSyntax?, node: Syntax) {
        guard let block else { return }
        switch block.accessors {
        case .getter(let items):
            buildFunction(name: name, kind: .function, entry: false, params: params, body: items, node: node, nested: false)
        case .accessors(let list):
            for accessor in list {
                buildFunction(name: name + "." + accessor.accessorSpecifier.text, kind: .function, entry: false, params: params,
                              body: accessor.body?.statements, node: Syntax(accessor), nested: false)
            }
        }
    }

    /// A type's (or a non-main file's global) variable: accessors become functions, an initializer
    /// with events becomes a synthetic `property` function.
    func property(_ decl: VariableDeclSyntax) {
        for binding in decl.bindings {
            guard let ident = binding.pattern.as(IdentifierPatternSyntax.self) else { continue }
            let name = ident.identifier.text
            let qualified = qualify(name)
            if binding.accessorBlock != nil {
                accessors(binding.accessorBlock, name: qualified, params: nil, node: Syntax(binding))
            }
            guard let value = binding.initializer?.value else { continue }
            let savedScopes = scopes
            let savedFunction = currentFunction
            scopes = [[:]]
            currentFunction = qualified
            var steps: [Step] = []
            let declared = binding.typeAnnotation.flatMap { keyKind($0.type) }
            let target = types.isEmpty ? name : "self." + name
            _ = bindingValue(value, targets: [target], isTuple: false, declared: declared, range: range(binding), &steps)
            scopes = savedScopes
            currentFunction = savedFunction
            if !steps.isEmpty {
                functions.append(Function(name: qualified, kind: .property, isEntryPoint: false, parameters: [],
                                          range: range(binding), body: steps))
            }
        }
    }

    func buildFunction(name: String, kind: Function.Kind, entry: Bool, params: FunctionParameterListSyntax?,
                               body: CodeBlockItemListSyntax?, node: Syntax, nested: Bool) {
        guard let body else { return }
        let savedScopes = scopes
        let savedFunction = currentFunction
        if !nested { scopes = [] }
        scopes.append([:])
        currentFunction = name
        var steps: [Step] = []
        var parameters: [Parameter] = []
        for param in params ?? [] {
            let pname = (param.secondName ?? param.firstName).text
            var type = param.type
            var isInout = false
            if let attributed = type.as(AttributedTypeSyntax.self),
               attributed.specifiers.contains(where: { spec in
                   if case .simpleTypeSpecifier(let s) = spec { return s.specifier.tokenKind == .keyword(.inout) }
                   return false
               }) {
                isInout = true
                if attributed.attributes.isEmpty, attributed.specifiers.count == 1 { type = attributed.baseType }
            }
            parameters.append(Parameter(name: pname, type: text(type), isInout: isInout))
            guard pname != "_" else { continue }
            if let kind = keyKind(param.type) {
                steps.append(.event(Event(kind: .bindKey, range: range(param), binds: [pname])))
                declare(pname, kind)
            } else {
                declare(pname, .other)
            }
        }
        if mayHaveEvents(node) { items(body, &steps) } else { steps = [] }
        scopes = savedScopes
        currentFunction = savedFunction
        functions.append(Function(name: name, kind: kind, isEntryPoint: entry, parameters: parameters, range: range(node), body: steps))
    }

    // MARK: - Scopes and names

    func declare(_ name: String, _ kind: VarKind) {
        if scopes.isEmpty { scopes.append([:]) }
        scopes[scopes.count - 1][name] = kind
    }

    func lookup(_ name: String) -> VarKind? {
        var i = scopes.count - 1
        while i >= 0 {
            if let kind = scopes[i][name] { return kind }
            i -= 1
        }
        return nil
    }

    /// Sets the kind of a name where it is declared (or in the function's outermost scope).
    func rebind(_ name: String, _ kind: VarKind) {
        var i = scopes.count - 1
        while i >= 0 {
            if scopes[i][name] != nil { scopes[i][name] = kind; return }
            i -= 1
        }
        if name.hasPrefix("self.") || globalKeys[name] != nil || scopes.isEmpty { return }
        if kind != .other { scopes[0][name] = kind }
    }

    func propertyKey(_ name: String) -> VarKind? {
        guard let type = types.last else { return nil }
        return typeKeyProps[type.simpleName]?[name]
    }

    /// The key a bare identifier names, if any.
    func resolve(_ name: String) -> (String, VarKind)? {
        if let kind = lookup(name) { return kind == .other ? nil : (name, kind) }
        if let kind = propertyKey(name) { return ("self." + name, kind) }
        if let kind = globalKeys[name] { return (name, kind) }
        return nil
    }

    /// Whether a free call `name(…)` refers to something the file declares rather than a catalog API.
    func shadowsFree(_ name: String) -> Bool {
        if lookup(name) != nil || fileNames.contains(name) { return true }
        for type in types where typeMembers[type.simpleName]?.contains(name) == true { return true }
        return false
    }

    func hasAttribute(_ attributes: AttributeListSyntax, _ name: String) -> Bool {
        attributes.contains { element in
            guard case .attribute(let attribute) = element else { return false }
            let type = attribute.attributeName
            if let t = type.as(IdentifierTypeSyntax.self) { return t.name.text == name }
            if let t = type.as(MemberTypeSyntax.self) { return t.name.text == name }
            return false
        }
    }

    func keyKind(_ type: TypeSyntax) -> VarKind? {
        switch type.as(TypeSyntaxEnum.self) {
        case .identifierType(let t):
            let name = t.name.text
            if index.keyTypes.contains(name) { return .key }
            if name == "Array", let arg = t.genericArgumentClause?.arguments.first, case .type(let element) = arg.argument,
               keyKind(element) == .key { return .keyArray }
            return nil
        case .memberType(let t): return index.keyTypes.contains(t.name.text) ? .key : nil
        case .arrayType(let t): return keyKind(t.element) == .key ? .keyArray : nil
        case .optionalType(let t): return keyKind(t.wrappedType)
        case .implicitlyUnwrappedOptionalType(let t): return keyKind(t.wrappedType)
        case .attributedType(let t): return keyKind(t.baseType)
        case .tupleType(let t):
            return !t.elements.isEmpty && t.elements.allSatisfy({ keyKind($0.type) == .key }) ? .keyArray : nil
        default: return nil
        }
    }

    func simpleTypeName(_ type: TypeSyntax) -> String {
        if let t = type.as(IdentifierTypeSyntax.self) { return t.name.text }
        if let t = type.as(MemberTypeSyntax.self) { return t.name.text }
        return text(type)
    }

    /// Names bound by a pattern, and whether it is a tuple pattern.
    func patternNames(_ pattern: PatternSyntax) -> (names: [String], isTuple: Bool) {
        if let ident = pattern.as(IdentifierPatternSyntax.self) { return ([ident.identifier.text], false) }
        if let binding = pattern.as(ValueBindingPatternSyntax.self) { return patternNames(binding.pattern) }
        if let tuple = pattern.as(TuplePatternSyntax.self) {
            var names: [String] = []
            for element in tuple.elements { names += patternNames(element.pattern).names }
            return (names, true)
        }
        if pattern.is(WildcardPatternSyntax.self) { return ([], false) }
        var names: [String] = []
        for token in pattern.tokens(viewMode: .sourceAccurate) where token.parent?.is(IdentifierPatternSyntax.self) == true {
            names.append(token.text)
        }
        return (names, false)
    }

    // MARK: - Ranges

    func position(_ p: AbsolutePosition) -> SourcePosition {
        let offset = p.utf8Offset
        var low = 0
        var high = lineStarts.count
        while high - low > 1 {
            let mid = (low + high) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid }
        }
        return SourcePosition(line: low + 1, column: offset - lineStarts[low] + 1, offset: offset)
    }

    /// The source text of a node without its leading and trailing trivia.
    func text(_ node: some SyntaxProtocol) -> String {
        let start = node.positionAfterSkippingLeadingTrivia.utf8Offset
        let end = node.endPositionBeforeTrailingTrivia.utf8Offset
        guard start <= end, end <= bytes.count else { return node.trimmedDescription }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    func range(_ node: some SyntaxProtocol) -> RandLintCore.SourceRange {
        RandLintCore.SourceRange(start: position(node.positionAfterSkippingLeadingTrivia), end: position(node.endPositionBeforeTrailingTrivia))
    }

    // MARK: - Statements

    func block(_ list: CodeBlockItemListSyntax, _ out: inout [Step]) {
        scopes.append([:])
        items(list, &out)
        scopes.removeLast()
    }

    func items(_ list: CodeBlockItemListSyntax, _ out: inout [Step]) {
        for item in list { self.item(item.item, &out) }
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
            let declared = binding.typeAnnotation.flatMap { keyKind($0.type) }
            var kind = declared
            if let value = binding.initializer?.value {
                kind = bindingValue(value, targets: names, isTuple: isTuple, declared: declared, range: range(binding), &out)
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
            if let e = s.expression { expr(e, &out) }
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
        if !body.isEmpty { out.append(.loop(Loop(kind: .statement, body: body, range: range(s)))) }
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
            case .fold: return .key
            case .makeGenerator, .other:
                if let declared, !targets.isEmpty {
                    out.append(.event(Event(kind: .bindKey, range: bindRange, binds: targets)))
                    return declared
                }
                return nil
            }
        }
        if let (name, kind) = keyRef(v, &out) {
            if !targets.isEmpty, targets != [name] {
                out.append(.event(Event(kind: .copyKey, range: bindRange, key: name, binds: targets)))
            }
            return kind
        }
        expr(value, &out)
        if let declared, !targets.isEmpty {
            out.append(.event(Event(kind: .bindKey, range: bindRange, binds: targets)))
            return declared
        }
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
            sequence(rhs, &out)
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
        case .sequenceExpr(let s): sequence(Array(s.elements)[...], &out, range: range(s))
        case .ternaryExpr(let t):
            expr(t.condition, &out)
            ternary(t.thenExpression, [t.elseExpression][...], &out)
        case .infixOperatorExpr(let i):
            let op = text(i.operator)
            expr(i.leftOperand, &out)
            if op == "&&" || op == "||" || op == "??" {
                var rhs: [Step] = []
                expr(i.rightOperand, &rhs)
                appendBranch(.optional, [Branch.Arm(steps: rhs), Branch.Arm(steps: [])], &out)
            } else {
                expr(i.rightOperand, &out)
            }
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

    static let comparison: Set<String> = ["==", "!=", "<", ">", "<=", ">=", "===", "!==", "~="]

    /// Precedence of an operator element of an unfolded sequence (higher binds tighter), and whether
    /// it is right-associative.
    func precedence(_ e: ExprSyntax) -> (Int, Bool)? {
        switch e.as(ExprSyntaxEnum.self) {
        case .assignmentExpr: return (0, true)
        case .unresolvedTernaryExpr: return (1, true)
        case .unresolvedAsExpr, .unresolvedIsExpr: return (6, false)
        case .arrowExpr: return (0, true)
        case .binaryOperatorExpr(let b):
            let op = b.operator.text
            switch op {
            case "||": return (2, false)
            case "&&": return (3, false)
            case "??": return (5, true)
            case "..<", "...": return (7, false)
            case "+", "-", "&+", "&-", "|", "^": return (8, false)
            case "*", "/", "%", "&*", "&": return (9, false)
            case "<<", ">>", "&<<", "&>>": return (10, false)
            default:
                if Self.comparison.contains(op) { return (4, false) }
                if op.hasSuffix("="), op.count >= 2 { return (0, true) }  // compound assignment
                return (8, false)
            }
        default: return nil
        }
    }

    /// Evaluates an unfolded sequence `a op b op c …` in evaluation order, with `&&`, `||`, `??`
    /// right-hand sides as optional branches, `?:` as a ternary and `=` as a binding.
    func sequence(_ elements: ArraySlice<ExprSyntax>, _ out: inout [Step], range seqRange: RandLintCore.SourceRange? = nil) {
        if elements.count <= 1 {
            if let only = elements.first { expr(only, &out) }
            return
        }
        // the lowest-precedence operator splits the sequence
        var split: Int?
        var lowest = Int.max
        var i = elements.startIndex + 1
        while i < elements.endIndex {
            if let (p, right) = precedence(elements[i]) {
                if p < lowest || (p == lowest && !right) { lowest = p; split = i }
            }
            i += 1
        }
        guard let split else {
            for element in elements { expr(element, &out) }
            return
        }
        let lhs = elements[elements.startIndex..<split]
        let rhs = elements[(split + 1)...]
        let op = elements[split]
        switch op.as(ExprSyntaxEnum.self) {
        case .assignmentExpr:
            let r = seqRange ?? RandLintCore.SourceRange(start: range(lhs.first!).start, end: range(rhs.last ?? op).end)
            assignment(lhs, rhs, range: r, &out)
        case .unresolvedTernaryExpr(let t):
            sequence(lhs, &out)
            ternary(t.thenExpression, rhs, &out)
        case .binaryOperatorExpr(let b) where b.operator.text == "&&" || b.operator.text == "||" || b.operator.text == "??":
            sequence(lhs, &out)
            var steps: [Step] = []
            sequence(rhs, &steps)
            appendBranch(.optional, [Branch.Arm(steps: steps), Branch.Arm(steps: [])], &out)
        default:
            sequence(lhs, &out)
            sequence(rhs, &out)
        }
    }
}
