// Mentions of srand in comments, documentation and strings are not calls. No findings.
//
// Old version: srand(42) at startup, then srandom(7) before each level.
/* srand48(1); seed48(buffer); lcong48(params); initstate(1, buf, 256); setstate(buf) */
import Glibc

/// Replaces the legacy `srand(time(nil))` call with an explicit seed argument.
/// - Note: never call srand48(_:) here; see the migration guide.
struct MigrationGuide {
    static let before = "srand(42); let r = rand() % 6"
    static let after = #"let key = RandomKey(seed: 42); let r = key.integer(in: 0..<6)"#
    static let legacyAPIs = ["srand", "srandom", "srand48", "seed48", "lcong48", "initstate", "setstate"]

    static func explain(api: String) -> String {
        """
        \(api) seeds a process-wide generator; e.g. srandom(1) resets
        the stream for every thread. Pass a RandomKey instead of calling srand48(seed).
        """
    }

    static func isLegacySeeder(_ name: String) -> Bool {
        name == "srand" || legacyAPIs.contains(name)
    }
}
