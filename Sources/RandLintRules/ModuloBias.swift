import RandLintCore

extension Rule {
    public static let moduloBias = Rule(
        id: "modulo-bias", level: .warning,
        summary: "a draw reduced with % n, so small results come up more often than large ones",
        rationale: """
            `rand() % n` maps the generator's range onto `0..<n`; unless `n` divides the size of \
            that range (a power of two for these generators), the first `range % n` results get \
            one more chance than the others. With `RAND_MAX` 32767 and `n` 10000, 0–2767 come up \
            4 times in 32768 and 2768–9999 only 3: a 33% bias that a simulation or a shuffle \
            silently inherits. An unbiased bounded draw rejects the short last stretch.
            """,
        help: [
            .swift: "draw an unbiased integer: key.integer(in: 0..<n), or Int.random(in: 0..<n, using: &g)",
            .c: "draw an unbiased integer: rk_bounded(key, n)",
        ],
        triggering: [
            Example("""
                #include <stdlib.h>
                int pick(int n) {
                    return rand() % n; // expect: hidden-global-rng, modulo-bias
                }
                """, file: "pick.c"),
            Example("""
                import RandomKeys
                func face(key: RandomKey) -> Int {
                    let bits = key.bits()
                    return Int(bits % 6) // expect: modulo-bias
                }
                """),
        ],
        nonTriggering: [
            Example("""
                #include "randomkeys.h"
                enum { kBuckets = 64 };
                unsigned bucket(rk_key key) {
                    return rk_bits32(key) % kBuckets;
                }
                """, file: "bucket.c"),
            Example("""
                import RandomKeys
                func face(key: RandomKey) -> Int {
                    key.integer(in: 1...6)
                }
                """),
        ],
        startsOn: [.drawGlobal, .makeKey, .makeGenerator],
        metadata: RuleMetadata(tags: ["randomness", "correctness"], cwe: [330]),
        check: { function, pass in
            ValueFlow.walk(function) { event, _, resolver in
                for value in event.values {
                    for (operands, range) in value.operators("%") {
                        guard let draw = resolver.resolve(operands[0]).drawBehindCasts, draw.isBits else { continue }
                        let divisor = resolver.resolve(operands[1])
                        if let n = divisor.integerValue, n > 0, n & (n - 1) == 0 { continue }
                        let related = draw.range.start.line == range.start.line ? [] : [Finding.Related(range: draw.range, message: "the draw is here")]
                        pass.report(at: range, "\(draw.api)() % \(operands[1].label) is biased: unless \(operands[1].label) divides the generator's range, the smaller remainders come up more often", related: related)
                    }
                }
            }
        })
}
