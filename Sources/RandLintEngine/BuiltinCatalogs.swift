import RandLintCore

/// The catalogs of `Rules/`, embedded in the binary (see `BuiltinCatalogs+Generated.swift`).
public enum BuiltinCatalogs {
    /// The embedded YAML, by repository path, exactly as in `Rules/`.
    public static var sources: [(path: String, text: String)] { files.map { ($0.path, $0.text + "\n") } }

    public static func load() throws -> [Catalog] {
        try sources.map { try Catalog.parse($0.text, path: $0.path) }
    }
}
