import Foundation
import RandLintCore
import RandLintRules
import Yams

extension Configuration {
    static let topKeys = ["rules", "include", "exclude", "entry-points", "catalogs", "custom-rules", "c"]
    static let customRuleKeys = ["id", "call", "message", "level", "languages", "help"]
    static let cKeys = ["flags", "compile-commands", "required"]

    /// Parses `.randlint.yml` text. Every problem is `path:line: message`, with a did-you-mean for
    /// unknown keys, rule ids, levels and languages. `directory` is the file's folder (absolute).
    public static func parse(_ text: String, path: String, directory: String) throws -> Configuration {
        let reader = YAMLReader(path: path)
        var configuration = Configuration(path: path, directory: directory)
        let blank = text.split(separator: "\n").allSatisfy { $0.allSatisfy(\.isWhitespace) || $0.drop(while: \.isWhitespace).hasPrefix("#") }
        if blank { return configuration }
        let root = try reader.root(text)
        if isNull(root) { return configuration }
        var ruleNodes: [(String, Node, Node)] = []
        for (key, _, value) in try reader.mapping(root, allowed: topKeys, what: "the configuration") {
            switch key {
            case "rules":
                if isNull(value) { continue }
                ruleNodes = try reader.mapping(value, allowed: [], what: "rules", checkKeys: false)
            case "include": configuration.include = try globs(value, reader, "include")
            case "exclude": configuration.exclude = try globs(value, reader, "exclude")
            case "entry-points": configuration.entryPoints = try list(value, reader, "entry-points")
            case "catalogs":
                for node in try nodes(value, reader, "catalogs") {
                    let name = try reader.string(node, "a catalog path")
                    let absolute = resolve(name, in: directory)
                    guard case .success(let bytes) = SourceReader.read(absolute), let catalogText = String(validating: bytes, as: UTF8.self) else {
                        throw reader.error(node, "catalog '\(name)' not found (paths are relative to the configuration file's folder)")
                    }
                    _ = try Catalog.parse(catalogText, path: absolute)  // report a bad catalog now, at its own file:line
                    configuration.catalogs.append(absolute)
                }
            case "custom-rules":
                if isNull(value) { continue }
                guard let sequence = value.sequence else { throw reader.error(value, "custom-rules must be a list of rules") }
                for node in sequence { configuration.customRules.append(try customRule(node, reader)) }
            case "c":
                for (cKey, _, cValue) in try reader.mapping(value, allowed: cKeys, what: "c") {
                    switch cKey {
                    case "flags": configuration.cFlags = try list(cValue, reader, "c.flags")
                    case "required": configuration.cRequired = try reader.bool(cValue, "c.required")
                    default: configuration.compileCommands = resolve(try reader.string(cValue, "c.compile-commands"), in: directory)
                    }
                }
            default: break
            }
        }

        let builtIn = allRules.map(\.id)
        var customIDs: [String: Int] = [:]
        for custom in configuration.customRules {
            if builtIn.contains(custom.id) {
                throw RandLintError(path: path, line: custom.line, "custom rule id '\(custom.id)' is a built-in rule's id; choose another")
            }
            if let first = customIDs[custom.id] {
                throw RandLintError(path: path, line: custom.line, "custom rule id '\(custom.id)' is already used on line \(first)")
            }
            customIDs[custom.id] = custom.line
        }
        let known = builtIn + configuration.customRules.map(\.id)
        for (id, keyNode, value) in ruleNodes {
            guard known.contains(id) else {
                throw reader.error(keyNode, "unknown rule '\(id)'\(DidYouMean.suggestion(for: id, among: known)); `randlint rules` lists them")
            }
            configuration.rules[id] = try setting(value, reader, "the level of \(id)")
        }
        return configuration
    }

    private static func setting(_ node: Node, _ reader: YAMLReader, _ what: String) throws -> RuleSetting {
        let values = RuleSetting.allCases.map(\.rawValue)
        // YAML 1.1 reads a bare `off` as false: take the word as written.
        guard let word = node.scalar?.string, !word.isEmpty else { throw reader.error(node, "\(what) must be one of \(values.joined(separator: ", "))") }
        guard let setting = RuleSetting(rawValue: word) else {
            throw reader.error(node, "unknown level '\(word)' for \(what.replacingOccurrences(of: "the level of ", with: ""))\(DidYouMean.suggestion(for: word, among: values)); use off, warning or error")
        }
        return setting
    }

    private static func customRule(_ node: Node, _ reader: YAMLReader) throws -> CustomRule {
        let line = node.mark?.line ?? 1
        var rule = CustomRule(id: "", call: "", message: "", level: .warning, languages: Language.allCases, help: "", line: line)
        for (key, _, value) in try reader.mapping(node, allowed: customRuleKeys, what: "a custom rule") {
            switch key {
            case "id":
                let id = try reader.string(value, "id")
                guard id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }), id.first?.isLetter == true else {
                    throw reader.error(value, "custom rule id '\(id)' must be lowercase letters, digits and dashes (like key-reuse)")
                }
                rule.id = id
            case "call":
                let call = try reader.string(value, "call")
                let parts = call.split(separator: ".", omittingEmptySubsequences: false)
                let valid = parts.enumerated().allSatisfy { i, part in
                    (i == 0 && part.isEmpty && parts.count > 1) || (!part.isEmpty && part.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber } && part.first?.isNumber == false)
                }
                guard valid else {
                    throw reader.error(value, "call '\(call)' must be a function name (`legacy_random`), a Swift member (`.nextBits`) or `Type.member`")
                }
                rule.call = call
            case "message": rule.message = try reader.string(value, "message")
            case "help": rule.help = try reader.string(value, "help")
            case "level":
                let word = try reader.string(value, "level")
                let values = Level.allCases.map(\.rawValue)
                guard let level = Level(rawValue: word) else {
                    throw reader.error(value, "unknown level '\(word)'\(DidYouMean.suggestion(for: word, among: values)); a custom rule's level is warning or error")
                }
                rule.level = level
            case "languages":
                rule.languages = try reader.strings(value, "languages").map { word in
                    guard let language = Language(rawValue: word) else {
                        throw reader.error(value, "unknown language '\(word)'\(DidYouMean.suggestion(for: word, among: Language.allCases.map(\.rawValue)))")
                    }
                    return language
                }
                if rule.languages.isEmpty { throw reader.error(value, "languages must name swift, c or both") }
            default: break
            }
        }
        for (field, value) in [("id", rule.id), ("call", rule.call), ("message", rule.message)] where value.isEmpty {
            throw reader.error(node, "a custom rule needs '\(field)'")
        }
        if rule.help.isEmpty { rule.help = "see the project's \(Configuration.fileName) (custom rule \(rule.id))" }
        return rule
    }

    private static func nodes(_ node: Node, _ reader: YAMLReader, _ what: String) throws -> [Node] {
        if isNull(node) { return [] }
        if node.scalar != nil { return [node] }
        guard let sequence = node.sequence else { throw reader.error(node, "\(what) must be a list of strings") }
        return Array(sequence)
    }

    private static func list(_ node: Node, _ reader: YAMLReader, _ what: String) throws -> [String] {
        try nodes(node, reader, what).map { try reader.string($0, what) }
    }

    private static func globs(_ node: Node, _ reader: YAMLReader, _ what: String) throws -> [String] {
        try nodes(node, reader, what).map { item in
            let pattern = try reader.string(item, "a glob in \(what)")
            if pattern.contains("\\") { throw reader.error(item, "glob '\(pattern)' in \(what): use / between folders") }
            return pattern
        }
    }

    /// An empty value (`rules:` with nothing after it), `~` or `null`.
    static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func resolve(_ path: String, in directory: String) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: directory).appendingPathComponent(path).standardizedFileURL.path
    }
}
