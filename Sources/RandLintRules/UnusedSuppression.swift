import RandLintCore

extension Rule {
    /// Engine-level and opt-in: it reads disable comments, not the program model. The engine
    /// reports it after applying a file's disable comments, at the comment, when the rule is enabled (`.randlint.yml` `rules: {unused-suppression: warning}`,
    /// `--enable unused-suppression` or `--select …,unused-suppression`).
    public static let unusedSuppression = Rule(
        id: "unused-suppression", level: .warning,
        summary: "a disable comment silences nothing, so it only waits to hide a future finding",
        rationale: """
            A `randlint:disable-line`, `disable-next-line`, file-wide `disable` or `NOLINT(randlint-…)` \
            comment that silences no finding is left over from code that changed, or names a rule id \
            that does not exist (a typo silences nothing at all, while the reader believes the line is \
            covered). Either way it misleads: a stale one will silently hide the next real problem on \
            that line, such as a key reused after a refactoring. Off by default; enable it in CI to keep \
            suppressions honest (as Ruff's RUF100 and SwiftLint's superfluous_disable_command do).
            """,
        help: [
            .swift: "delete the comment or correct its rule id (`randlint rules` lists them); to silence a key finding for good, pass the key in: func f(key: RandomKey)",
            .c: "delete the comment or correct its rule id (`randlint rules` lists them); to silence a key finding for good, pass the key in: void f(rk_key key)",
        ],
        triggering: [
            Example("""
                import RandomKeys
                func roll(key: RandomKey) -> Int {
                    key.integer(in: 1...6) // randlint:disable-line key-reuse -- a reuse once lived here // expect: unused-suppression
                }
                """),
            Example("""
                import Glibc
                srand(42) // randlint:disable-line global-sed -- the legacy solver needs it // expect: unused-suppression
                """, file: "main.swift"),
            Example("""
                #include "randomkeys.h"
                int main(void) {
                    rk_key key = rk_key_from_seed(7); // NOLINT(randlint-key-created-inside) // expect: unused-suppression
                    return (int)(rk_uniform(key) * 6);
                }
                """, file: "main.c"),
        ],
        nonTriggering: [
            Example("""
                import Glibc
                srand(42) // randlint:disable-line global-seed -- the legacy solver needs it
                """, file: "main.swift"),
            Example("""
                #include <stdio.h>
                int main(void) {
                    puts("// randlint:disable-line key-reuse");
                    int unused = 0; // NOLINT(clang-diagnostic-unused-variable)
                    return 0;
                }
                """, file: "main.c"),
        ],
        enabledByDefault: false,
        startsOn: [],
        fix: "safe: the stale rule id leaves the directive's list, and a directive with nothing left to silence is deleted (the whole line when the comment stands alone).",
        reads: .disableComments)
}
