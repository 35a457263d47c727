import RandLintCore
import SwiftSyntax

extension ModelBuilder {
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
        guard mayHaveEvents(f) else { return }  // no catalog name: nothing to report or summarize
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
        let isShared = types.isEmpty || decl.modifiers.contains { $0.name.tokenKind == .keyword(.static) || $0.name.tokenKind == .keyword(.class) }
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
            steps.removeAll(where: Self.isAssign)  // the declaration pass knows stored constants
            if !steps.isEmpty {
                functions.append(Function(name: qualified, kind: isShared ? .sharedProperty : .property, isEntryPoint: false, parameters: [],
                                          range: range(binding), body: steps))
            }
        }
    }

    func buildFunction(name: String, kind: Function.Kind, entry: Bool, params: FunctionParameterListSyntax?,
                               body: CodeBlockItemListSyntax?, node: Syntax, nested: Bool) {
        guard let body else { return }
        let savedScopes = scopes
        let savedFunction = currentFunction
        let savedParameters = parameterNames
        let savedTypes = localTypes
        let savedSlice = currentSlice
        defer { parameterNames = savedParameters; localTypes = savedTypes; currentSlice = savedSlice }
        if !nested { scopes = []; localTypes = [:]; parameterNames = [] }
        scopes.append([:])
        currentFunction = name
        var steps: [Step] = []
        var parameters: [Parameter] = []
        var sources: [String] = []  // parameters that bring a key or a generator in
        let generatorGenerics = Self.generatorGenericNames(node)
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
            let simple = simpleTypeName(type)
            let isGenerator = facts.generatorTypes[simple] != nil || index.generatorTypes.contains(simple)
            let conforms = isGenerator || generatorGenerics.contains(simple) || text(type).contains("RandomNumberGenerator")
            parameters.append(Parameter(name: pname, type: text(type), isInout: isInout, isGenerator: isGenerator,
                                        isUsableGenerator: isInout && conforms, isKey: keyKind(param.type) != nil))
            guard pname != "_" else { continue }
            if isGenerator || conforms || keyKind(param.type) != nil || mayHaveEvents(param) { sources.append(pname) }
            parameterNames.insert(pname)
            localTypes[pname] = simpleTypeName(type)
            if let kind = keyKind(param.type) {
                steps.append(.event(Event(kind: .bindKey, range: range(param), binds: [pname])))
                declare(pname, kind)
            } else {
                declare(pname, .other)
            }
        }
        if mayHaveEvents(node) {
            currentSlice = slice(of: body, sources: sources)
            if body.count == 1, let only = body.first, case .expr(let e) = only.item,
               node.as(FunctionDeclSyntax.self)?.signature.returnClause != nil {
                returned(e, &steps)  // a single-expression body returns its value
            } else {
                items(body, &steps)
            }
        } else {
            steps = []
        }
        scopes = savedScopes
        currentFunction = savedFunction
        var function = Function(name: name, kind: kind, isEntryPoint: entry, parameters: parameters, range: range(node), body: steps)
        let implicitReturn = body.count == 1 && body.first.map { if case .expr = $0.item { return true } else { return false } } == true
        if let first = body.first, !implicitReturn { function.bodyStart = position(first.positionAfterSkippingLeadingTrivia) }
        functions.append(function)
    }

    /// The generic parameters of a function or initializer constrained to `RandomNumberGenerator`
    /// (`<G: RandomNumberGenerator>`, `where G: RandomNumberGenerator`).
    static func generatorGenericNames(_ node: Syntax) -> Set<String> {
        let clause: GenericParameterClauseSyntax?, whereClause: GenericWhereClauseSyntax?
        if let f = node.as(FunctionDeclSyntax.self) { (clause, whereClause) = (f.genericParameterClause, f.genericWhereClause) }
        else if let i = node.as(InitializerDeclSyntax.self) { (clause, whereClause) = (i.genericParameterClause, i.genericWhereClause) }
        else { return [] }
        var names = Set<String>()
        for parameter in clause?.parameters ?? [] where parameter.inheritedType?.trimmedDescription.contains("RandomNumberGenerator") == true {
            names.insert(parameter.name.text)
        }
        for requirement in whereClause?.requirements ?? [] {
            if case .conformanceRequirement(let conformance) = requirement.requirement,
               conformance.rightType.trimmedDescription.contains("RandomNumberGenerator") {
                names.insert(conformance.leftType.trimmedDescription)
            }
        }
        return names
    }
}
