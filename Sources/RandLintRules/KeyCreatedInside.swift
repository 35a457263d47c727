import RandLintCore

extension Rule {
    public static let keyCreatedInside = Rule(
        id: "key-created-inside", level: .warning,
        summary: "a key is conjured inside a function instead of being passed in",
        rationale: """
            A function that builds its own key from a literal starts from the same numbers on every \
            call, so two calls that should be independent are identical; built from the clock, it \
            cannot be reproduced at all; and either way the caller can no longer choose, vary or \
            record the seed. Keys belong at the entry point (main, a test): create one there, pass \
            it down, and split it for each callee.
            """,
        help: [
            .swift: "take the key as a parameter: func step(key: RandomKey), and create it once at the entry point",
            .c: "take the key as a parameter: void step(rk_key key), and create it once in main",
        ],
        triggering: [
            Example("""
                #include "randomkeys.h"
                double noise(void) {
                    rk_key key = rk_key_from_seed(42); // expect: key-created-inside
                    return rk_normal(key);
                }
                """, file: "noise.c"),
            Example("""
                import RandomKeys
                func shuffledDeck(_ cards: [Int]) -> [Int] {
                    let key = RandomKey(seed: 42) // expect: key-created-inside
                    return key.shuffled(cards)
                }
                """),
        ],
        nonTriggering: [
            Example("""
                #include "randomkeys.h"
                double noise(rk_key key, int step) {
                    return rk_normal(rk_fold_in(key, step));
                }
                """, file: "noise.c"),
            Example("""
                import RandomKeys
                func shuffledDeck(_ cards: [Int], key: RandomKey) -> [Int] {
                    key.shuffled(cards)
                }
                """),
            Example("""
                import XCTest
                import RandomKeys
                final class DeckTests: XCTestCase {
                    func testShuffleKeepsCards() {
                        let key = RandomKey(seed: 42)
                        XCTAssertEqual(key.shuffled([1, 2, 3]).sorted(), [1, 2, 3])
                    }
                }
                """, file: "DeckTests.swift"),
        ],
        startsOn: [.makeKey, .makeGenerator],
        metadata: RuleMetadata(cwe: [336]),
        check: { function, pass in
            guard !function.isEntryPoint else { return }
            EventWalk.forEach(function.body) { event, _ in
                guard event.kind == .makeKey || event.kind == .makeGenerator, let seed = event.seed else { return }
                let what = event.kind == .makeKey ? "key" : "generator"
                let place = "'\(function.name)'"
                switch seed.source {
                case .literal where function.kind == .property:
                    pass.report(at: event.range, "a \(what) built from the constant \(seed.text) in the stored property \(place) gives every instance the same numbers, and callers cannot inject another")
                case .literal where function.kind == .topLevel:
                    pass.report(at: event.range, "a \(what) built from the constant \(seed.text) at file scope is one process-wide \(what) that no caller can replace")
                case .literal where function.kind == .sharedProperty:
                    pass.report(at: event.range, "a \(what) built from the constant \(seed.text) in \(place) is one process-wide \(what) that no caller can replace")
                case .literal:
                    pass.report(at: event.range, "a \(what) built from the constant \(seed.text) inside \(place) gives every call the same numbers, and callers cannot vary the seed")
                case .clock:
                    pass.report(at: event.range, "a \(what) seeded from the clock inside \(place) makes every run different and impossible to reproduce")
                case .none:
                    pass.report(at: event.range, "a \(what) created without a seed inside \(place) cannot be reproduced or controlled by the caller")
                case .expression:
                    break
                }
            }
        })
}
