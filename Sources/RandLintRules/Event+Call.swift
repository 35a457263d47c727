import RandLintCore

extension Event {
    /// How messages name the call: `srand(42)` (`srand(…)` when the arguments are long or
    /// unknown), or `macro RESEED (expands to srand(42))` through a macro.
    var callName: String {
        let arguments = seed.map(\.text).flatMap { $0.isEmpty || $0.count > 40 || $0.contains("\n") ? nil : $0 } ?? "…"
        let call = "\(api)(\(arguments))"
        guard let macro else { return call }
        return "macro \(macro) (expands to \(call))"
    }
}
