import RandLintCore
import SwiftSyntax

extension ModelBuilder {
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
        file.position(at: positionShift + p.utf8Offset)
    }

    /// The source text of a node without its leading and trailing trivia.
    func text(_ node: some SyntaxProtocol) -> String {
        let start = positionShift + node.positionAfterSkippingLeadingTrivia.utf8Offset
        let end = positionShift + node.endPositionBeforeTrailingTrivia.utf8Offset
        guard start <= end, end <= bytes.count else { return node.trimmedDescription }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    func range(_ node: some SyntaxProtocol) -> RandLintCore.SourceRange {
        RandLintCore.SourceRange(start: position(node.positionAfterSkippingLeadingTrivia), end: position(node.endPositionBeforeTrailingTrivia))
    }
}
