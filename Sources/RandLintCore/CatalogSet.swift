/// All catalogs in force for a run, indexed for the front ends. Built once per run and shared
/// (read-only) by every file's analysis.
public struct CatalogSet: Sendable {
    public let catalogs: [Catalog]
    private let byName: [String: [API]]
    public let keyTypes: Set<String>
    public let generatorTypes: Set<String>

    public init(_ catalogs: [Catalog]) {
        self.catalogs = catalogs
        var byName: [String: [API]] = [:]
        var keyTypes = Set<String>()
        var generatorTypes = Set<String>()
        for catalog in catalogs {
            keyTypes.formUnion(catalog.keyTypes)
            generatorTypes.formUnion(catalog.generatorTypes)
            for api in catalog.apis {
                byName[api.name, default: []].append(api)
            }
        }
        self.byName = byName
        self.keyTypes = keyTypes
        self.generatorTypes = generatorTypes
    }

    /// Catalog entries for an identifier in a language, in catalog order.
    public func apis(named name: String, in language: Language) -> [API] {
        (byName[name] ?? []).filter { $0.languages.contains(language) }
    }

    public func isKeyType(_ type: String) -> Bool { keyTypes.contains(type) }

    /// What the prefilter looks for in one language's files when the rules that run start on
    /// `kinds` (`Rule.startsOn`): the names of those APIs, the key types when `makeKey` is
    /// among them, and the generator types when `makeGenerator` is. `draw-generator` APIs
    /// (`next`) are too common a name to look for: a generator is found by its type instead.
    public func prefilterNames(in language: Language, startingOn kinds: Set<API.Kind>) -> (calls: Set<String>, keyTypes: Set<String>) {
        let calls = catalogs.flatMap(\.apis).filter {
            kinds.contains($0.kind) && $0.kind != .drawGenerator && $0.languages.contains(language)
        }.map(\.name)
        let inLanguage = catalogs.filter { $0.languages.contains(language) }
        var types = kinds.contains(.makeKey) ? inLanguage.flatMap(\.keyTypes) : []
        if kinds.contains(.makeGenerator) { types += inLanguage.flatMap(\.generatorTypes) }
        return (Set(calls), Set(types))
    }
}
