import RandLintCore

extension Event {
    /// The event seeds or draws from one of the C library's process-wide generators whose state
    /// is plain shared data (the `rand`/`random` and `drand48` families): predictable, and unsafe
    /// on several threads. `arc4random` and Swift's default generator are system CSPRNGs.
    var usesSharedCGenerator: Bool {
        guard let generator else { return false }
        return generator == "libc-rand" || generator == "libc-48"
    }
}
