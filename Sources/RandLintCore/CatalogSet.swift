/// All catalogs in force for a run, indexed for the front ends. Built once per run and shared
/// (read-only) by every file's analysis.
public struct CatalogSet: Sendable {
    public let catalogs: [Catalog]
    private let byName: [String: [API]]
    public let keyTypes: Set<String>
    /// Calls whose presence makes a file worth parsing: APIs that can start a finding. The
    /// prefilter only counts them when a `(` follows, so `random` in a comment does not count.
    public let prefilterCalls: Set<String>

    public init(_ catalogs: [Catalog]) {
        self.catalogs = catalogs
        var byName: [String: [API]] = [:]
        var keyTypes = Set<String>()
        var prefilter = Set<String>()
        for catalog in catalogs {
            keyTypes.formUnion(catalog.keyTypes)
            for api in catalog.apis {
                byName[api.name, default: []].append(api)
                if api.startsFinding { prefilter.insert(api.name) }
            }
        }
        self.byName = byName
        self.keyTypes = keyTypes
        self.prefilterCalls = prefilter
    }

    /// Catalog entries for an identifier in a language, in catalog order.
    public func apis(named name: String, in language: Language) -> [API] {
        (byName[name] ?? []).filter { $0.languages.contains(language) }
    }

    public func isKeyType(_ type: String) -> Bool { keyTypes.contains(type) }
}
