/// All catalogs in force for a run, indexed for the front ends. Built once per run and shared
/// (read-only) by every file's analysis.
public struct CatalogSet: Sendable {
    public let catalogs: [Catalog]
    private let byName: [String: [API]]
    public let keyTypes: Set<String>
    /// Identifiers whose presence makes a file worth parsing (APIs that start a finding, key types).
    public let prefilterNames: Set<String>

    public init(_ catalogs: [Catalog]) {
        self.catalogs = catalogs
        var byName: [String: [API]] = [:]
        var keyTypes = Set<String>()
        var prefilter = Set<String>()
        for catalog in catalogs {
            keyTypes.formUnion(catalog.keyTypes)
            prefilter.formUnion(catalog.keyTypes)
            for api in catalog.apis {
                byName[api.name, default: []].append(api)
                if api.startsFinding { prefilter.insert(api.name) }
            }
        }
        self.byName = byName
        self.keyTypes = keyTypes
        self.prefilterNames = prefilter
    }

    /// Catalog entries for an identifier in a language, in catalog order.
    public func apis(named name: String, in language: Language) -> [API] {
        (byName[name] ?? []).filter { $0.languages.contains(language) }
    }

    public func isKeyType(_ type: String) -> Bool { keyTypes.contains(type) }
}
