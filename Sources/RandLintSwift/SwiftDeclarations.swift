import RandLintCore

/// The declaration pass for Swift: named constants and generator types, found by a token scan
/// (no parse), fast enough to run over every Swift file of a project before any file is modeled.
///
/// It sees comments, strings and braces: a `let NAME = literal` counts only at file scope or
/// directly in a type's body (not inside a function), and a type conforms to
/// `RandomNumberGenerator` when its header lists it or a protocol or typealias of the project
/// that refines it.
public struct SwiftDeclarations: Sendable {
    struct TypeDecl: Sendable {
        var name: String
        var keyword: String
        var inherits: [String]
    }

    var types: [TypeDecl] = []
    var constants: [(String, Value)] = []
    var aliases: [(String, String)] = []

    /// Scans one file.
    public static func scan(_ source: String) -> SwiftDeclarations {
        var scanner = Scanner(bytes: Array(source.utf8))
        return scanner.run()
    }

    /// The facts of many files, resolved together (protocols and aliases across files).
    public static func facts(_ files: [SwiftDeclarations]) -> ProjectFacts {
        var all = SwiftDeclarations()
        for file in files {
            all.types += file.types
            all.constants += file.constants
            all.aliases += file.aliases
        }
        return all.facts
    }

    public var facts: ProjectFacts {
        var facts = ProjectFacts()
        for (name, value) in constants { facts.addConstant(name, value) }
        var generators: Set<String> = ["RandomNumberGenerator"]
        var changed = true
        while changed {
            changed = false
            for type in types where !generators.contains(type.name) && type.inherits.contains(where: generators.contains) {
                generators.insert(type.name)
                changed = true
            }
            for (alias, target) in aliases where !generators.contains(alias) && generators.contains(target) {
                generators.insert(alias)
                changed = true
            }
        }
        var kinds: [String: Bool] = [:]
        for type in types where type.keyword != "extension" && type.keyword != "protocol" {
            kinds[type.name] = (kinds[type.name] ?? true) && (type.keyword == "struct" || type.keyword == "enum")
        }
        for name in generators where name != "RandomNumberGenerator" {
            if let isValue = kinds[name] { facts.addGeneratorType(.init(name: name, isValueType: isValue)) }
        }
        for (alias, target) in aliases where generators.contains(alias) {
            if let isValue = kinds[target] { facts.addGeneratorType(.init(name: alias, isValueType: isValue)) }
        }
        return facts
    }

    /// A small Swift tokenizer: identifiers, numbers and punctuation; comments and string
    /// literals (with interpolations) are skipped.
    struct Scanner {
        let bytes: [UInt8]
        var i = 0

        enum Token: Equatable {
            case word(String)
            case number(String)
            case punct(UInt8)
            case newline
            case string
        }

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func run() -> SwiftDeclarations {
            var result = SwiftDeclarations()
            /// Per open brace: the type it is the body of ("" when it is not a type body).
            var braces: [String] = []
            /// Tokens since the last statement boundary at the current depth.
            var statement: [Token] = []
            /// Open braces that are not type bodies (a function, a closure, an accessor).
            var otherBraces = 0
            func atTypeLevel() -> Bool { otherBraces == 0 }
            func finishStatement() {
                if atTypeLevel() { constant(statement, owner: braces.last, into: &result) }
                statement.removeAll(keepingCapacity: true)
            }
            // Inside a function body only braces matter: skip to the next one. At type level, a
            // statement's words are kept only while it can still be a constant, alias or type.
            var interesting = true
            while let token = atTypeLevel() ? next(materialize: interesting) : nextBrace() {
                if statement.isEmpty { interesting = true }
                if interesting, case .word(let w) = token, !Self.modifiers.contains(w), statement.last != .punct(UInt8(ascii: "@")),
                   statement.allSatisfy({ if case .word(let m) = $0 { return Self.modifiers.contains(m) || m.hasPrefix("@") } else { return true } }) {
                    interesting = w == "let" || w == "typealias" || Self.typeKeywords.contains(w)
                }
                switch token {
                case .punct(UInt8(ascii: "{")):
                    let type = typeHeader(statement)
                    if let type { result.types.append(type) }
                    braces.append(type.map { $0.keyword == "extension" || atTypeLevel() ? $0.name : "" } ?? "")
                    if braces.last == "" { otherBraces += 1 }
                    statement.removeAll(keepingCapacity: true)
                case .punct(UInt8(ascii: "}")):
                    finishStatement()
                    if let last = braces.popLast(), last.isEmpty { otherBraces -= 1 }
                case .newline, .punct(UInt8(ascii: ";")):
                    if let last = statement.last, case .punct(let p) = last, p == UInt8(ascii: "=") || p == UInt8(ascii: ":") { continue }
                    if case .word(let w)? = statement.last, ["let", "var", "static"].contains(w) { continue }
                    finishStatement()
                default:
                    if statement.count < 64, atTypeLevel() { statement.append(token) }
                }
            }
            finishStatement()
            return result
        }

        static let modifiers: Set<String> = ["public", "private", "fileprivate", "internal", "open", "package", "final",
                                             "static", "nonisolated", "indirect"]

        /// `[modifiers] let NAME [: Type] = [-]literal` → a constant.
        func constant(_ tokens: [Token], owner: String?, into result: inout SwiftDeclarations) {
            var k = 0
            while k < tokens.count, case .word(let w) = tokens[k], Self.modifiers.contains(w) { k += 1 }
            guard k + 2 < tokens.count, tokens[k] == .word("let"),
                  case .word(let name)? = tokens[safe: k + 1] else {
                if case .word("typealias")? = tokens[safe: k], case .word(let alias)? = tokens[safe: k + 1],
                   tokens[safe: k + 2] == .punct(UInt8(ascii: "=")), case .word(let target)? = tokens[safe: k + 3], tokens.count == k + 4 {
                    result.aliases.append((alias, target))
                }
                return
            }
            var j = k + 2
            if tokens[safe: j] == .punct(UInt8(ascii: ":")) {
                guard case .word? = tokens[safe: j + 1] else { return }
                j += 2
            }
            guard tokens[safe: j] == .punct(UInt8(ascii: "=")) else { return }
            j += 1
            var negative = false
            if tokens[safe: j] == .punct(UInt8(ascii: "-")) { negative = true; j += 1 }
            guard case .number(let literal)? = tokens[safe: j], j + 1 == tokens.count else { return }
            let isFloat = literal.contains(".") || (!literal.lowercased().hasPrefix("0x") && literal.lowercased().contains("e"))
            let written = negative ? "-" + literal : literal
            let value: Value = isFloat ? .float(written) : .integer(written)
            result.constants.append((name, value))
            if let owner, !owner.isEmpty { result.constants.append((owner + "." + name, value)) }
        }

        static let typeKeywords: Set<String> = ["struct", "class", "enum", "actor", "extension", "protocol"]

        /// `[modifiers] struct NAME[<…>] [: A, B] [where …]` before a `{`.
        func typeHeader(_ tokens: [Token]) -> TypeDecl? {
            guard let k = tokens.firstIndex(where: { if case .word(let w) = $0 { return Self.typeKeywords.contains(w) } else { return false } }),
                  case .word(let keyword) = tokens[k], case .word(let name)? = tokens[safe: k + 1] else { return nil }
            for token in tokens[..<k] {
                guard case .word(let w) = token, Self.modifiers.contains(w) || w.hasPrefix("@") || w == "final" else {
                    if case .punct(UInt8(ascii: "@")) = token { continue }
                    if case .word = token { continue }
                    return nil
                }
            }
            var inherits: [String] = []
            var depth = 0
            var inList = false
            for token in tokens[(k + 2)...] {
                switch token {
                case .punct(UInt8(ascii: "<")): depth += 1
                case .punct(UInt8(ascii: ">")): depth -= 1
                case .punct(UInt8(ascii: ":")) where depth == 0: inList = true
                case .word("where"): inList = false
                case .word(let w) where inList && depth == 0: inherits.append(w)
                default: break
                }
            }
            return TypeDecl(name: name, keyword: keyword, inherits: inherits)
        }

        /// The next `{` or `}` outside comments and strings (the fast path through function bodies).
        mutating func nextBrace() -> Token? {
            let n = bytes.count
            while i < n {
                // find the next byte that can matter, without per-byte bookkeeping
                let start = i
                let stop = bytes.withUnsafeBufferPointer { buffer -> Int in
                    var j = start
                    while j < n {
                        let c = buffer[j]
                        if c == 0x7B || c == 0x7D || c == 0x2F || c == 0x22 || c == 0x23 { return j }
                        j += 1
                    }
                    return n
                }
                i = stop
                guard i < n else { return nil }
                let b = bytes[i]
                if b == UInt8(ascii: "{") || b == UInt8(ascii: "}") {
                    i += 1
                    return .punct(b)
                }
                if b == UInt8(ascii: "/") || b == UInt8(ascii: "\"") || b == UInt8(ascii: "#") {
                    // comments and strings: the full tokenizer skips them
                    let before = i
                    if let token = next(), case .punct(let p) = token, p == UInt8(ascii: "{") || p == UInt8(ascii: "}") { return token }
                    if i == before { i += 1 }
                    continue
                }
                i += 1
            }
            return nil
        }

        /// The next token; with `materialize` false, words and numbers come back empty (no allocation).
        mutating func next(materialize: Bool = true) -> Token? {
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                switch b {
                case UInt8(ascii: " "), UInt8(ascii: "\t"):
                    i += 1
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    i += 1
                    return .newline
                case UInt8(ascii: "/") where i + 1 < n && bytes[i + 1] == UInt8(ascii: "/"):
                    while i < n, bytes[i] != UInt8(ascii: "\n"), bytes[i] != UInt8(ascii: "\r") { i += 1 }
                case UInt8(ascii: "/") where i + 1 < n && bytes[i + 1] == UInt8(ascii: "*"):
                    var depth = 0
                    while i < n {
                        if bytes[i] == UInt8(ascii: "/"), i + 1 < n, bytes[i + 1] == UInt8(ascii: "*") { depth += 1; i += 2; continue }
                        if bytes[i] == UInt8(ascii: "*"), i + 1 < n, bytes[i + 1] == UInt8(ascii: "/") {
                            depth -= 1
                            i += 2
                            if depth == 0 { break }
                            continue
                        }
                        i += 1
                    }
                case UInt8(ascii: "\""), UInt8(ascii: "#") where b == UInt8(ascii: "\"") || isRawStringStart():
                    skipString()
                    return .string
                default:
                    if b == UInt8(ascii: "_") || b == UInt8(ascii: "$") || (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a || b >= 0x80 {
                        let start = i
                        i += 1
                        while i < n, isIdentifierByte(bytes[i]) { i += 1 }
                        return .word(materialize ? String(decoding: bytes[start..<i], as: UTF8.self) : "")
                    }
                    if b >= 0x30 && b <= 0x39 {
                        let start = i
                        while i < n, isIdentifierByte(bytes[i]) || bytes[i] == UInt8(ascii: ".") && i + 1 < n && bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39
                                || (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) && (bytes[i - 1] | 0x20) == UInt8(ascii: "e")
                                && !(bytes[start..<i].count > 1 && (bytes[start + 1] | 0x20) == UInt8(ascii: "x")) { i += 1 }
                        return .number(materialize ? String(decoding: bytes[start..<i], as: UTF8.self) : "")
                    }
                    i += 1
                    return .punct(b)
                }
            }
            return nil
        }

        func isIdentifierByte(_ b: UInt8) -> Bool { IdentifierBytes.isPart(b) }

        func isRawStringStart() -> Bool {
            var j = i
            while j < bytes.count, bytes[j] == UInt8(ascii: "#") { j += 1 }
            return j < bytes.count && bytes[j] == UInt8(ascii: "\"")
        }

        /// Skips a string literal (`"…"`, `"""…"""`, raw `#"…"#`), interpolations included.
        mutating func skipString() {
            let n = bytes.count
            var hashes = 0
            while i < n, bytes[i] == UInt8(ascii: "#") { hashes += 1; i += 1 }
            var quotes = 0
            while i < n, bytes[i] == UInt8(ascii: "\""), quotes < 3 { quotes += 1; i += 1 }
            if quotes == 2 { return }  // ""
            let multiline = quotes == 3
            while i < n {
                let b = bytes[i]
                if b == UInt8(ascii: "\\") {
                    var j = i + 1
                    var h = 0
                    while h < hashes, j < n, bytes[j] == UInt8(ascii: "#") { h += 1; j += 1 }
                    if h == hashes, j < n, bytes[j] == UInt8(ascii: "(") {
                        i = j + 1
                        var depth = 1
                        while i < n, depth > 0 {
                            if bytes[i] == UInt8(ascii: "(") { depth += 1 } else if bytes[i] == UInt8(ascii: ")") { depth -= 1 }
                            else if bytes[i] == UInt8(ascii: "\"") { skipString(); continue }
                            i += 1
                        }
                        continue
                    }
                    i = hashes == 0 ? i + 2 : i + 1
                    continue
                }
                if !multiline, b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") { return }
                if b == UInt8(ascii: "\"") {
                    var q = 0
                    while i < n, bytes[i] == UInt8(ascii: "\""), q < (multiline ? 3 : 1) { q += 1; i += 1 }
                    if q == (multiline ? 3 : 1) {
                        var h = 0
                        while h < hashes, i < n, bytes[i] == UInt8(ascii: "#") { h += 1; i += 1 }
                        if h == hashes { return }
                    }
                    continue
                }
                i += 1
            }
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }
}
