import Yams

extension Catalog {
    /// Parses a catalog file. Every problem is a `RandLintError` of the form `path:line: message`.
    public static func parse(_ text: String, path: String) throws -> Catalog {
        let reader = YAMLReader(path: path)
        let root = try reader.root(text)
        var name: String?
        var languages: [Language] = Language.allCases
        var generators: [String: String] = [:]
        var keyTypes: [String] = []
        var generatorTypes: [String] = []
        var apiNodes: [Node] = []
        for (key, _, value) in try reader.mapping(root, allowed: ["catalog", "description", "languages", "generators", "key-types", "generator-types", "apis"], what: "a catalog") {
            switch key {
            case "catalog": name = try reader.string(value, "catalog")
            case "languages": languages = try languagesValue(value, reader)
            case "generators":
                for (id, _, description) in try reader.mapping(value, allowed: generatorsAllowed(value), what: "generators") {
                    generators[id] = try reader.string(description, "a generator's description")
                }
            case "key-types": keyTypes = try reader.strings(value, "key-types")
            case "generator-types": generatorTypes = try reader.strings(value, "generator-types")
            case "apis":
                guard let sequence = value.sequence else { throw reader.error(value, "apis must be a list") }
                apiNodes = Array(sequence)
            default: break
            }
        }
        guard let name else { throw reader.error(root, "a catalog needs a 'catalog' name") }
        let apis = try apiNodes.map { try api($0, catalog: name, languages: languages, generators: generators, reader) }
        try rejectDuplicates(apis, reader)
        return Catalog(name: name, path: path, languages: languages, generators: generators, keyTypes: keyTypes, generatorTypes: generatorTypes, apis: apis)
    }

    /// Two entries of one kind that match the same calls (same name, member or not, receivers and
    /// labels, a language in common) are a mistake: the second is an error. One API may have
    /// several kinds (`concurrentPerform` repeats its closure and runs it concurrently).
    private static func rejectDuplicates(_ apis: [API], _ reader: YAMLReader) throws {
        var seen: [String: API] = [:]
        for api in apis {
            let key = [api.name, api.kind.rawValue, api.member ? "member" : "function", api.receiver.sorted().joined(separator: ","),
                       api.labels.joined(separator: ","), api.unlessLabels.joined(separator: ",")].joined(separator: "|")
            if let first = seen[key], !Set(first.languages).isDisjoint(with: api.languages) {
                throw RandLintError(path: reader.path, line: api.line, "api '\(api.name)' is already listed on line \(first.line); give each API one entry")
            }
            if seen[key] == nil { seen[key] = api }
        }
    }

    private static func generatorsAllowed(_ node: Node) -> [String] {
        node.mapping?.keys.compactMap(\.string) ?? []
    }

    private static func languagesValue(_ node: Node, _ reader: YAMLReader) throws -> [Language] {
        try reader.strings(node, "languages").map { word in
            guard let language = Language(rawValue: word) else {
                throw reader.error(node, "unknown language '\(word)'\(DidYouMean.suggestion(for: word, among: Language.allCases.map(\.rawValue)))")
            }
            return language
        }
    }

    private static let apiKeys = ["name", "kind", "languages", "generator", "seed", "member", "receiver", "labels", "unless-labels", "key", "out", "result", "note"]

    private static func api(_ node: Node, catalog: String, languages: [Language], generators: [String: String], _ reader: YAMLReader) throws -> API {
        var api = API(name: "", kind: .drawGlobal, catalog: catalog, languages: languages, line: node.mark?.line ?? 1)
        var kind: API.Kind?
        for (key, _, value) in try reader.mapping(node, allowed: apiKeys, what: "an api entry") {
            switch key {
            case "name": api.name = try reader.string(value, "name")
            case "kind":
                let word = try reader.string(value, "kind")
                guard let k = API.Kind(rawValue: word) else {
                    throw reader.error(value, "unknown kind '\(word)'\(DidYouMean.suggestion(for: word, among: API.Kind.allCases.map(\.rawValue)))")
                }
                kind = k
            case "languages": api.languages = try languagesValue(value, reader)
            case "generator":
                let id = try reader.string(value, "generator")
                guard generators[id] != nil else {
                    throw reader.error(value, "generator '\(id)' is not declared under 'generators'\(DidYouMean.suggestion(for: id, among: Array(generators.keys)))")
                }
                api.generator = id
            case "seed":
                let text = try reader.string(value, "seed")
                api.seed = Int(text).map(ArgumentRef.position) ?? .label(text)
            case "member": api.member = try reader.bool(value, "member")
            case "receiver": api.receiver = try reader.strings(value, "receiver")
            case "labels": api.labels = try reader.strings(value, "labels")
            case "unless-labels": api.unlessLabels = try reader.strings(value, "unless-labels")
            case "key": api.key = try reader.int(value, "key")
            case "out": api.out = try reader.int(value, "out")
            case "result":
                let word = try reader.string(value, "result")
                switch word {
                case "bits": api.returnsBits = true
                case "key": api.returnsOneKey = true
                default: throw reader.error(value, "unknown result '\(word)' (result is 'bits' for draws or 'key' for split-key APIs that return one key)")
                }
            default: break
            }
        }
        guard !api.name.isEmpty else { throw reader.error(node, "an api entry needs a 'name'") }
        guard let kind else { throw reader.error(node, "api '\(api.name)' needs a 'kind'") }
        api.kind = kind
        if (kind == .seedGlobal || kind == .drawGlobal), api.generator == nil {
            throw reader.error(node, "api '\(api.name)' of kind \(kind.rawValue) needs a 'generator'")
        }
        return api
    }
}
