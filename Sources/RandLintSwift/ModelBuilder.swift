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
    /// Named constants and generator types of the project (and of this file).
    var facts: ProjectFacts
    let path: String
    let tree: SourceFileSyntax
    /// UTF-8 offsets at which lines start (line 1 at index 0).
    /// The file's lines, for positions.
    var file = SourceFile(bytes: [])
    /// The file's UTF-8 bytes (for source text without rebuilding syntax nodes).
    var bytes: [UInt8] = []
    let isMainFile: Bool

    var functions: [Function] = []
    /// The concurrent closures being modeled (innermost last), and the functions of this file
    /// called by name from inside one: they run on other threads too (one level deep).
    var spawnStack: [Spawn] = []
    var spawnedCalls: [(name: String, spawn: Spawn)] = []
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
    /// The statements of the function being built that can matter (nil: all).
    var currentSlice: StatementSlice?
    /// Inside a folded operator tree (a new tree whose positions start at 0): the offset of its start.
    var positionShift = 0
    /// The sequence folded last (its id and the shift it was folded under) and the result.
    var lastFold: (sequence: SyntaxIdentifier, shift: Int, folded: (ExprSyntax, Int))?
    /// Parameters of the function being built (a value reading one is `.parameter`).
    var parameterNames: Set<String> = []
    /// Walking the operands of an expression already recorded as a `use`.
    var recordingUse = false
    /// Locals of the function whose type is known (`var t = Turnstile()`, `let g: Gen`).
    var localTypes: [String: String] = [:]

    init(index: APIIndex, extraEntryPoints: Set<String>, facts: ProjectFacts, path: String, tree: SourceFileSyntax) {
        self.index = index
        self.extraEntryPoints = extraEntryPoints
        self.facts = facts
        self.path = path
        self.tree = tree
        let file = path.split(separator: "/").last.map(String.init) ?? path
        self.isMainFile = file == "main.swift"
    }

    // MARK: - File

    static func isAssign(_ step: Step) -> Bool {
        if case .event(let event) = step { return event.kind == .assign }
        return false
    }

    /// Finds the identifiers that can produce events, so that functions without any are not walked.
    func markRelevantIdentifiers(_ source: String) {
        prepass(tree.statements)
        var hashes = index.relevantHashes
        for name in globalKeys.keys { hashes.insert(IdentifierHash.of(name)) }
        for props in typeKeyProps.values { for name in props.keys { hashes.insert(IdentifierHash.of(name)) } }
        for name in facts.generatorTypes.keys { hashes.insert(IdentifierHash.of(name)) }  // copies, stores, by-value passes
        bytes = Array(source.utf8)
        let filter = IdentifierHash.Filter(hashes)
        relevantOffsets = bytes.withUnsafeBufferPointer { IdentifierHash.scan($0, matching: filter) }
        file = SourceFile(bytes: bytes)
    }

    /// Whether the text of a node mentions a relevant identifier. Inside a concurrent closure every
    /// statement is walked: a call to one of the file's functions there matters (`spawnedCalls`).
    func mayHaveEvents(_ node: some SyntaxProtocol) -> Bool {
        guard let offsets = relevantOffsets, spawnStack.isEmpty else { return true }
        let start = positionShift + node.position.utf8Offset
        let end = positionShift + node.endPosition.utf8Offset
        var low = 0
        var high = offsets.count
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] < start { low = mid + 1 } else { high = mid }
        }
        return low < offsets.count && offsets[low] < end
    }

    func build() -> [Function] {
        if relevantOffsets == nil {
            prepass(tree.statements)
            bytes = Array(tree.description.utf8)
            file = SourceFile(bytes: bytes)
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
        if !isMainFile { top.removeAll(where: Self.isAssign) }  // globals: the declaration pass has them
        if hasStatements, let first, let last, isMainFile || !top.isEmpty {
            let range = RandLintCore.SourceRange(start: position(first), end: position(last))
            functions.append(Function(name: "top-level", kind: .topLevel, isEntryPoint: isMainFile || extraEntryPoints.contains("top-level"),
                                      parameters: [], range: range, body: top))
        }
        scopes = []
        for (name, spawn) in spawnedCalls {
            for i in functions.indices where functions[i].kind == .function && functions[i].spawn == nil
                && functions[i].name.prefix(while: { $0 != "(" }) == name {
                functions[i].spawn = spawn
            }
        }
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
}
