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
        fix: "unsafe, where the draw itself is the operand: `key.bits() % n` becomes `key.integer(in: 0..<n)`, `Int(g.next()) % n` becomes `Int.random(in: 0..<n, using: &g)`, C `rk_bits32(k) % n` becomes `rk_bounded(k, n)`, `arc4random() % n` becomes `arc4random_uniform(n)`. `rand() % n`: none (the key must be passed in first).",
        check: { function, pass in
            guard function.containsValueNode(where: \.isBitsDraw) else { return }
            ValueFlow.walk(function) { event, _, resolver in
                for value in event.values {
                    for (operands, range) in value.operators("%") {
                        guard let draw = resolver.resolve(operands[0]).drawBehindCasts, draw.isBits else { continue }
                        let divisor = resolver.resolve(operands[1])
                        if let n = divisor.integerValue, n > 0, n & (n - 1) == 0 { continue }
                        let related = draw.range.start.line == range.start.line ? [] : [Finding.Related(range: draw.range, message: "the draw is here")]
                        pass.report(at: range, "\(draw.api)() % \(operands[1].label) is biased: unless \(operands[1].label) divides the generator's range, the smaller remainders come up more often",
                                    related: related, fix: boundedFix(range, drawn: operands[0], pass))
                    }
                }
            }
        })

    /// Unsafe (other numbers are drawn): the draw written as the library's unbiased bounded draw
    /// from the same source — `key.integer(in: 0..<n)`, `Int.random(in: 0..<n, using: &g)`,
    /// `rk_bounded(key, n)`, `arc4random_uniform(n)`. Only where the draw itself is the operand.
    private static func boundedFix(_ range: SourceRange, drawn: Value, _ pass: RulePass) -> Fix? {
        guard let text = pass.fixText, case .draw(let draw) = drawn.strippingCasts, range.encloses(draw.range),
              let (_, right) = text.operands(of: range, operator: "%") else { return nil }
        let n = text.operandText(right), call = text.text(draw.range)
        func receiver(_ suffix: String) -> String? {
            guard call.hasSuffix(suffix) else { return nil }
            let base = String(call.dropLast(suffix.count))
            return FixText.isPrimary(base) ? base : nil
        }
        func argument(of function: String) -> String? {
            guard call.hasPrefix(function + "("), call.hasSuffix(")") else { return nil }
            let inside = call.dropFirst(function.count + 1).dropLast().trimmingSpaces
            return FixText.isPrimary(inside) ? inside : nil
        }
        let replacement: String
        switch pass.file.language {
        case .swift:
            if let key = receiver(".bits()") {
                replacement = "\(key).integer(in: 0..<\(n))"
            } else if let generator = receiver(".next()") {
                let type: String
                if case .cast(let cast, _) = drawn { type = cast } else { type = "UInt64" }
                guard integerTypes.contains(type) else { return nil }
                replacement = "\(type).random(in: 0..<\(n), using: &\(generator))"
            } else if call == "arc4random()", case .draw = drawn {
                replacement = "arc4random_uniform(\(n))"
            } else {
                return nil
            }
        case .c:
            if let key = argument(of: "rk_bits32") ?? argument(of: "rk_bits64") {
                replacement = "rk_bounded(\(key), \(n))"
            } else if call == "arc4random()" {
                replacement = "arc4random_uniform(\(n))"
            } else {
                return nil
            }
        }
        return Fix(title: "draw an unbiased integer: \(replacement)", applicability: .unsafe, edits: [text.edit(text.span(range), replacement)])
    }

    private static let integerTypes: Set<String> = ["Int", "UInt", "Int64", "UInt64", "Int32", "UInt32", "Int16", "UInt16", "Int8", "UInt8"]
}
