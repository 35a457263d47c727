import RandLintCore

extension CFrontEnd {
    /// Loads libclang (once per process, as the front end does) and returns the path it was
    /// loaded from; throws the one-line install hint when none was found. For `randlint --version`.
    public static func loadLibClang() throws -> String {
        try LibClang.load()
    }
}
