import RandLintCore

extension Rule {
    public static let generatorCopy = Rule(
        id: "generator-copy", level: .error,
        summary: "a value-type generator is copied and both copies draw, so they repeat each other's numbers",
        rationale: """
            A generator declared as a `struct` (or `enum`) is a value: `var b = a` copies its whole \
            state, and from then on `a` and `b` produce the same sequence. Drawing from both — or \
            passing the generator by value to a function that draws from its copy, or storing a copy \
            of an `inout` generator in another value — hands out the same numbers twice, while the \
            original never advances. A class generator (`GKRandomSource`) is shared, not copied. \
            Pass generators `inout` (`using: &rng`), or give each consumer its own key and derive \
            its generator from that key.
            """,
        help: [
            .swift: "pass the generator inout (func roll(using rng: inout Gen), called as roll(using: &rng)), or give each user its own key: var g = key.split(into: n)[i].generator()",
        ],
        triggering: [
            Example("""
                struct SplitMix: RandomNumberGenerator {
                    var state: UInt64
                    mutating func next() -> UInt64 { state &+= 0x9E3779B97F4A7C15; return state }
                }
                func pair(seed: UInt64) -> (UInt64, UInt64) {
                    var a = SplitMix(state: seed)
                    var b = a // expect: generator-copy
                    return (a.next(), b.next())
                }
                """),
        ],
        nonTriggering: [
            Example("""
                struct SplitMix: RandomNumberGenerator {
                    var state: UInt64
                    mutating func next() -> UInt64 { state &+= 0x9E3779B97F4A7C15; return state }
                }
                func pair(seed: UInt64) -> (UInt64, UInt64) {
                    var a = SplitMix(state: seed)
                    return (a.next(), a.next())
                }
                """),
        ],
        startsOn: [.makeGenerator, .drawGenerator],
        metadata: RuleMetadata(tags: ["randomness", "correctness"], cwe: [341]),
        check: { function, pass in
            let inoutGenerators = Set(function.parameters.filter { $0.isInout && $0.isGenerator }.map(\.name))
            PathWalk<GeneratorLineage> { state, event, _ in
                switch event.kind {
                case .copyGenerator where event.binds.isEmpty:
                    guard let source = event.key, case .call(_, let arguments)? = event.value,
                          let position = arguments.firstIndex(where: { $0 == .local(source) || $0 == .parameter(source) }),
                          pass.summaries[event.api]?.drawsFromParameters.contains(position) == true else { return }
                    pass.report(at: event.range, """
                        `\(source)` is passed by value to '\(event.api)', which draws from its copy: the caller's generator \
                        does not advance, so the next use of `\(source)` repeats these numbers
                        """)
                case .copyGenerator:
                    guard let source = event.key, let copy = event.binds.first else { return }
                    if inoutGenerators.contains(source), copy.contains(".") {
                        pass.report(at: event.range, """
                            `\(copy)` stores a copy of the inout generator `\(source)`: the caller's generator never advances, \
                            and the caller's next draws repeat the ones made through `\(copy)`
                            """)
                    }
                    state.copy(copy, from: source, at: event.range)
                case .drawGenerator:
                    guard let name = event.key, let (copyRange, other) = state.advance(name) else { return }
                    pass.report(at: copyRange, """
                        a value-type generator is copied here and both \(other.hasPrefix("the earlier ") ? other : "`\(other)`") and `\(name)` draw from it: \
                        the copies start from one state and repeat each other's numbers
                        """, related: [Finding.Related(range: event.range, message: "the second copy draws here")])
                case .makeGenerator, .assign:
                    for name in event.binds { state.forget(name) }
                default:
                    break
                }
            }.run(function.body, from: GeneratorLineage())
        })
}
