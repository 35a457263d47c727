/// A value as the program model keeps it: a small expression tree that a front end builds where
/// a seed is passed, a local is assigned, or an expression over draws, clocks, locals or named
/// constants is evaluated.
///
/// The model promises:
/// - leaves say where a value comes from, never how it is spelled in one language: a clock read
///   is `.clock` whether it is `time(NULL)` or `Date()`; a draw is `.draw` whether it is `rand()`
///   or `key.bits()`; a named constant carries its literal value when the analyzed files give it;
/// - a local is `.local(name)` and its value is found by the `assign` events before it on the
///   path (`ValueFlow` does that); a parameter is `.parameter(name)` and has no known value;
/// - anything the front end cannot describe is `.unknown(text)`, never dropped, so a rule can
///   treat it as "not a constant, not the clock";
/// - trees are bounded (`Value.maxNodes`): deeper expressions end in `.unknown`.
public indirect enum Value: Sendable, Hashable {
    /// An integer literal as written (`42`, `0x1F`, `1_000`, `10u`).
    case integer(String)
    /// A floating-point literal as written (`1.0`, `1e-3`, `2.0f`).
    case float(String)
    /// A named constant (`static let seed = 42`, `const int N = 64`, `#define K 9`, `RAND_MAX`,
    /// `Int.max`) and its value, when known.
    case constant(String, Value?)
    /// A local variable of the function.
    case local(String)
    /// A parameter of the function.
    case parameter(String)
    /// A member or element path: `self.key`, `box.key`, `s->key`, `keys[i]`, `tv.tv_usec`.
    case member(String)
    /// A read of the clock or the process id (a catalog `clock` API), named by the API.
    case clock(String)
    /// The result of a draw (the `draw-global`, `draw-key` or `draw-generator` event at its range).
    case draw(Draw)
    /// An operator with its operands: two for a binary operator (`+ - * / % ^ << >> & |`,
    /// comparisons), one for a prefix operator (`-`, `~`, `!`). The range is the whole expression.
    case op(String, [Value], SourceRange)
    /// A conversion to a type: `(double)x`, `Double(x)`, `UInt32(truncatingIfNeeded: x)`.
    case cast(String, Value)
    /// A call of a function that is not a catalog API, with its arguments. An element read at a
    /// drawn index (`chars[rand() % n]`) is the call `[]` of the base and the index.
    case call(String, [Value])
    /// Anything else, with its source text.
    case unknown(String)

    /// The most nodes a front end puts in one tree.
    public static let maxNodes = 48
}

/// A draw as a value: which API, where (the range of its event), and what it returns.
public struct Draw: Sendable, Hashable {
    public var api: String
    public var range: SourceRange
    /// The draw returns raw uniform integer bits (`rand()`, `arc4random()`, `g.next()`,
    /// `key.bits()`, `rk_bits32(k)`), from the catalog's `result: bits`. Such a result is biased
    /// under `% n` and truncates to 0 under an integer division by its maximum.
    public var isBits: Bool

    public init(api: String, range: SourceRange, isBits: Bool) {
        self.api = api
        self.range = range
        self.isBits = isBits
    }
}

extension Value {
    /// The value's integer, when it is a constant integer expression (literals, named constants
    /// with known values, integer casts and the integer operators), folded with 64-bit wrapping
    /// arithmetic; nil otherwise (including division by zero and floating-point operands).
    public var integerValue: Int64? {
        switch self {
        case .integer(let text): return Self.parseInteger(text)
        case .constant(_, let value): return value?.integerValue
        case .cast(let type, let inner): return Self.isFloatType(type) ? nil : inner.integerValue
        case .op(let op, let operands, _):
            if operands.count == 1, let x = operands[0].integerValue {
                switch op {
                case "-": return 0 &- x
                case "+": return x
                case "~": return ~x
                default: return nil
                }
            }
            guard operands.count == 2, let a = operands[0].integerValue, let b = operands[1].integerValue else { return nil }
            switch op {
            case "+", "&+": return a &+ b
            case "-", "&-": return a &- b
            case "*", "&*": return a &* b
            case "/": return b == 0 ? nil : a.dividedReportingOverflow(by: b).partialValue
            case "%": return b == 0 ? nil : a.remainderReportingOverflow(dividingBy: b).partialValue
            case "<<", "&<<": return b < 0 || b > 63 ? nil : a << b
            case ">>", "&>>": return b < 0 || b > 63 ? nil : a >> b
            case "&": return a & b
            case "|": return a | b
            case "^": return a ^ b
            default: return nil
            }
        default: return nil
        }
    }

    /// Whether the value is computed in floating point: a float literal, a conversion to a
    /// floating-point type, or an arithmetic operator with such an operand (C's usual arithmetic
    /// conversions). Locals and parameters are not known here: resolve them first.
    public var isFloatingPoint: Bool {
        switch self {
        case .float: return true
        case .constant(_, let value): return value?.isFloatingPoint ?? false
        case .cast(let type, _): return Self.isFloatType(type)
        case .op(let op, let operands, _):
            if ["==", "!=", "<", ">", "<=", ">=", "&&", "||", "!"].contains(op) { return false }
            return operands.contains { $0.isFloatingPoint }
        default: return false
        }
    }

    /// Whether an integer literal is unsigned in C (`1u`, `0x10UL`): arithmetic with it does not
    /// overflow.
    public var isUnsignedLiteral: Bool {
        guard case .integer(let text) = self else { return false }
        return text.lowercased().contains("u")
    }

    /// The number of nodes in the tree, counted up to just past `limit` (so it costs at most
    /// `limit` steps however deep the tree).
    public func nodeCount(upTo limit: Int) -> Int {
        var count = 0
        var stack = [self]
        while let node = stack.popLast(), count <= limit {
            count += 1
            switch node {
            case .constant(_, let value?): stack.append(value)
            case .op(_, let operands, _): stack += operands
            case .cast(_, let inner): stack.append(inner)
            case .call(_, let arguments): stack += arguments
            default: break
            }
        }
        return count
    }

    /// Every node of the tree, pre-order.
    public func forEachNode(_ body: (Value) -> Void) {
        body(self)
        switch self {
        case .constant(_, let value?): value.forEachNode(body)
        case .op(_, let operands, _): for operand in operands { operand.forEachNode(body) }
        case .cast(_, let inner): inner.forEachNode(body)
        case .call(_, let arguments): for argument in arguments { argument.forEachNode(body) }
        default: break
        }
    }

    /// Whether the value reads something a rule may trace (a draw, the clock, a local, a member
    /// path or a named constant): the front ends record such expressions as `use` events.
    public var readsTracedSource: Bool {
        var found = false
        forEachNode { node in
            switch node {
            case .draw, .clock, .local, .member, .constant: found = true
            default: break
            }
        }
        return found
    }

    /// Whether a draw is somewhere in the tree.
    public var containsDraw: Bool {
        var found = false
        forEachNode { if case .draw = $0 { found = true } }
        return found
    }

    /// The value without the conversions around it (`Int(UInt32(x))` → `x`).
    public var strippingCasts: Value {
        if case .cast(_, let inner) = self { return inner.strippingCasts }
        return self
    }

    public static func isFloatType(_ type: String) -> Bool {
        let t = type.lowercased()
        return t.contains("double") || t.contains("float") || t == "cgfloat" || t == "decimal"
    }

    /// Parses a Swift or C integer literal (`42`, `0x1F`, `0b101`, `0o17`, C octal `017`, `1_000`,
    /// suffixes `u`, `l`, `ll`); nil when it does not fit in 64 bits.
    public static func parseInteger(_ text: String) -> Int64? {
        if text.hasPrefix("-") { return parseInteger(String(text.dropFirst())).map { 0 &- $0 } }
        var digits = text.lowercased().replacingOccurrences(of: "_", with: "").replacingOccurrences(of: "'", with: "")
        var radix = 10
        if digits.hasPrefix("0x") { radix = 16; digits.removeFirst(2) }
        else if digits.hasPrefix("0b") { radix = 2; digits.removeFirst(2) }
        else if digits.hasPrefix("0o") { radix = 8; digits.removeFirst(2) }
        while let last = digits.last, last == "u" || last == "l" { digits.removeLast() }
        if radix == 10, digits.count > 1, digits.hasPrefix("0") { radix = 8; digits.removeFirst() }
        guard !digits.isEmpty, let value = UInt64(digits, radix: radix) else { return nil }
        return Int64(bitPattern: value)
    }
}

extension Value: CustomStringConvertible {
    /// A compact, stable rendering for model dumps: `(draw(rand@3:9) % 6)`, `const(RAND_MAX=2147483647)`.
    public var description: String {
        switch self {
        case .integer(let text), .float(let text): return text
        case .constant(let name, let value): return value.map { "const(\(name)=\($0))" } ?? "const(\(name))"
        case .local(let name): return name
        case .parameter(let name): return "param(\(name))"
        case .member(let path): return "member(\(path))"
        case .clock(let api): return "clock(\(api))"
        case .draw(let draw): return "draw(\(draw.api)@\(draw.range.start.line):\(draw.range.start.column)\(draw.isBits ? ",bits" : ""))"
        case .op("?:", let operands, _) where operands.count == 3:
            return "(\(operands[0]) ? \(operands[1]) : \(operands[2]))"
        case .op(let op, let operands, _):
            return operands.count == 1 ? "(\(op)\(operands[0]))" : "(" + operands.map(\.description).joined(separator: " \(op) ") + ")"
        case .cast(let type, let inner): return "cast(\(type), \(inner))"
        case .call(let name, let arguments): return "call(\(([name] + arguments.map(\.description)).joined(separator: ", ")))"
        case .unknown(let text): return "unknown(\(text.count > 40 ? String(text.prefix(37)) + "…" : text))"
        }
    }
}
