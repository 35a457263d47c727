import RandLintCore

extension Rule {
    public static let randIntDivision = Rule(
        id: "rand-int-division", level: .error,
        summary: "an integer draw divided by its maximum in integer arithmetic, which is almost always 0",
        rationale: """
            `rand() / RAND_MAX` is meant as a fraction in [0, 1], but both operands are integers, so \
            the division truncates: the result is 0 for every draw except the largest. Code that \
            branches on it (`if (rand() / RAND_MAX < p)`) takes one branch always. The common \
            repair `rand() / (RAND_MAX + 1)` overflows `int` where `RAND_MAX` is `INT_MAX` (glibc), \
            which is undefined behaviour. Convert to floating point first, or draw a fraction directly.
            """,
        help: [
            .swift: "draw a fraction directly: key.uniform(), or Double.random(in: 0..<1, using: &g)",
            .c: "draw a fraction directly: rk_uniform(key) (or (double)rand() / RAND_MAX)",
        ],
        triggering: [
            Example("""
                #include <stdlib.h>
                int coin(double p) {
                    return rand() / RAND_MAX < p; // expect: hidden-global-rng, rand-int-division
                }
                """, file: "coin.c"),
            Example("""
                #include <stdlib.h>
                double fraction(int r) {
                    long limit = RAND_MAX + 1; // expect: rand-int-division
                    return (double)r / limit;
                }
                """, file: "fraction.c"),
        ],
        nonTriggering: [
            Example("""
                #include <stdlib.h>
                double fraction(void) {
                    return (double)rand() / (RAND_MAX + 1.0); // expect: hidden-global-rng
                }
                """, file: "fraction.c"),
            Example("""
                #include "randomkeys.h"
                int coin(rk_key key, double p) {
                    return rk_uniform(key) < p;
                }
                """, file: "coin.c"),
        ],
        startsOn: [.drawGlobal, .makeKey, .makeGenerator],
        metadata: RuleMetadata(tags: ["randomness", "correctness"], cwe: [682, 190]),
        fix: "safe: `RAND_MAX + 1` becomes `RAND_MAX + 1.0` (the int sum is undefined where it overflows and the same number elsewhere). Unsafe, C: `rand() / RAND_MAX` becomes `(double)rand() / RAND_MAX` (the quotient becomes the fraction that was meant). Swift: none (a Double quotient has another type than the code around it expects).",
        check: { function, pass in
            guard function.containsValueNode(where: { $0.isBitsDraw || maximumName($0) != nil }) else { return }
            ValueFlow.walk(function) { event, _, resolver in
                for value in event.values {
                    var covered = Set<SourceRange>()
                    for (operands, range) in value.operators("/") {
                        let dividend = resolver.resolve(operands[0]), divisor = resolver.resolve(operands[1])
                        guard !dividend.isFloatingPoint, !divisor.isFloatingPoint, let draw = dividend.drawBehindCasts, draw.isBits,
                              isMaximum(divisor) else { continue }
                        for (_, inner) in divisor.operators("+") { covered.insert(inner) }
                        pass.report(at: range, "\(draw.api)() / \(operands[1].label) is integer division: it is 0 for every draw but the largest",
                                    fix: event.range.encloses(range) ? divisionFix(range, divisor: operands[1], pass) : nil)
                    }
                    for (operands, range) in value.operators("+") where !covered.contains(range) {
                        guard let name = operands.lazy.compactMap(maximumName).first,
                              operands.allSatisfy({ !$0.isFloatingPoint && !$0.isUnsignedLiteral && $0.integerValue != nil }) else { continue }
                        pass.report(at: range, "\(name) + 1 overflows int where \(name) is INT_MAX (glibc): undefined behaviour, in practice a negative number",
                                    fix: pass.file.language == .c && event.range.encloses(range) ? pass.fixText.flatMap { floatingSumEdit(range, $0) }.map {
                                        Fix(title: "add in floating point: \(name) + 1.0", applicability: .safe, edits: [$0])
                                    } : nil)
                    }
                }
            }
        })

    /// Unsafe (the program's numbers change, from 0 to a fraction): C `(double)rand() / RAND_MAX`,
    /// with `RAND_MAX + 1.0` in the divisor.
    private static func divisionFix(_ range: SourceRange, divisor: Value, _ pass: RulePass) -> Fix? {
        guard let text = pass.fixText, let (left, _) = text.operands(of: range, operator: "/") else { return nil }
        // Swift: `Double(rand()) / Double(RAND_MAX)` has another type than the Int32 quotient, so
        // the code around it would not compile; no mechanical fix there.
        guard pass.file.language == .c else { return nil }
        var edits = [text.insert(at: left.start, "(double)")]
        for (_, sum) in divisor.writtenOperators("+") {
            guard range.encloses(sum), let edit = floatingSumEdit(sum, text) else { return nil }
            edits.append(edit)
        }
        return Fix(title: "divide in floating point", applicability: .unsafe, edits: edits)
    }

    /// `RAND_MAX + 1` → `RAND_MAX + 1.0`: the literal operand of the sum written as a double.
    private static func floatingSumEdit(_ range: SourceRange, _ text: FixText) -> Edit? {
        guard let (left, right) = text.operands(of: range, operator: "+") else { return nil }
        for operand in [right, left] {
            let literal = text.text(operand)
            if !literal.isEmpty, literal == "0" || !literal.hasPrefix("0"),
               literal.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
                return text.insert(at: operand.end, ".0")
            }
        }
        return nil
    }

    /// A generator's maximum: `RAND_MAX`, `UINT32_MAX`, `Int.max`… (also plus one), or an
    /// integer at least 32767 (the smallest `RAND_MAX` C allows).
    private static func isMaximum(_ value: Value) -> Bool {
        if case .op("+", let operands, _) = value { return operands.contains(where: isMaximum) }
        if maximumName(value) != nil { return true }
        guard case .constant(let name, _) = value.strippingCasts else { return false }
        return name.hasSuffix("_MAX") || name.hasSuffix(".max")
    }

    /// The name of a constant that is a signed `int` maximum (whose `+ 1` overflows).
    private static func maximumName(_ value: Value) -> String? {
        guard case .constant(let name, _) = value, name == "RAND_MAX" || name == "INT_MAX" else { return nil }
        return name
    }
}
