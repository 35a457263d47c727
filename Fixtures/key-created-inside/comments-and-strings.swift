// Key constructors in comments, documentation and strings are not constructions. No findings.
import RandomKeys

/// Example: `let key = RandomKey(seed: 42)` in your test, then pass `key` down.
/// Avoid `GKMersenneTwisterRandomSource()` inside library code.
struct HelpText {
    // let key = RandomKey(seed: 1)   <- old code, kept for reference
    static let hint = "build the key in main: let key = RandomKey(seed: 42)"
    static let uniqueHint = #"UniqueKey(seed: 7) makes a second use a compile error"#

    static func render(seed: UInt64) -> String {
        """
        To reproduce this run, start from RandomKey(seed: \(seed)).
        Never write RandomKey(seed: 0) inside a library function.
        """
    }
}
