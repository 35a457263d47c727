import RandLintCore
import SwiftParser
import SwiftSyntax

/// The Swift front end: swift-syntax → program model. One parse and one walk per file.
public struct SwiftFrontEnd: Sendable {
    let index: APIIndex
    let extraEntryPoints: Set<String>

    public init(catalogs: CatalogSet, extraEntryPoints: [String] = []) {
        self.index = APIIndex(catalogs)
        self.extraEntryPoints = Set(extraEntryPoints)
    }

    /// Never throws: swift-syntax recovers from syntax errors; the model covers what parsed.
    public func model(path: String, source: String) -> FileModel {
        let tree = Parser.parse(source: source)
        let builder = ModelBuilder(index: index, extraEntryPoints: extraEntryPoints, path: path, tree: tree)
        return FileModel(path: path, language: .swift, functions: builder.build())
    }
}

/// The Swift APIs of a catalog set, indexed once per run.
struct APIIndex: Sendable {
    /// Every Swift API by name, in catalog order.
    let byName: [String: [API]]
    let keyTypes: Set<String>
    /// Names of `clock` APIs (free and member).
    let clockNames: Set<String>

    init(_ catalogs: CatalogSet) {
        var byName: [String: [API]] = [:]
        var clocks = Set<String>()
        for catalog in catalogs.catalogs {
            for api in catalog.apis where api.languages.contains(.swift) {
                byName[api.name, default: []].append(api)
                if api.kind == .clock { clocks.insert(api.name) }
            }
        }
        self.byName = byName
        self.keyTypes = catalogs.keyTypes
        self.clockNames = clocks
    }

    static func isKeyKind(_ kind: API.Kind) -> Bool {
        kind == .splitKey || kind == .foldKey || kind == .drawKey
    }
}
