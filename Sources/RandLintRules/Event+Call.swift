import RandLintCore

extension Event {
    /// How messages name the call: `srand(…)`, or `RESEED() (expands to srand(…))` through a macro.
    var callName: String {
        let call = "\(api)(…)"
        guard let macro else { return call }
        return "macro \(macro) (expands to \(call))"
    }
}
