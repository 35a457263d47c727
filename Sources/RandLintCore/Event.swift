/// A randomness-related thing that happens at one place in a function.
public struct Event: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A process-wide generator is seeded (`srand(42)`). `generator` names which one.
        case seedGlobal = "seed-global"
        /// A process-wide generator is drawn from (`rand()`). `generator` names which one.
        case drawGlobal = "draw-global"
        /// A key is constructed; `binds` names what it is bound to, `seed` says from what.
        case makeKey = "make-key"
        /// A seeded generator is constructed; `binds` names what it is bound to, `seed` says from what.
        case makeGenerator = "make-generator"
        /// `key` is split; the new keys are bound to `binds` (after `key` is consumed).
        case split
        /// `key` is folded with data; it is not consumed. The result is bound to `binds`.
        case fold
        /// `key` is drawn from (consumed).
        case drawKey = "draw-key"
        /// `key` is passed to a call (consumed).
        case passKey = "pass-key"
        /// `binds` now refer to the same key as `key` (`let k2 = k1`).
        case copyKey = "copy-key"
        /// `binds` are bound to a fresh key of unknown origin (a parameter, a call's result).
        case bindKey = "bind-key"
        /// A call to a catalog API of kind `call` (`api` names it); custom call rules report these.
        case call
        /// A seeded generator is drawn from (`g.next()`); `key` names the generator when known.
        /// It advances the generator; it does not consume it.
        case drawGenerator = "draw-generator"
        /// A value-type generator (a struct or enum conforming to `RandomNumberGenerator`) is
        /// copied: `binds` get a copy of `key` (`var b = a`, `self.rng = rng`), or, with `binds`
        /// empty, the copy is a by-value argument of the call `api` (`value` is that call, so a
        /// rule finds the argument's position). Both copies advance separately from one state.
        case copyGenerator = "copy-generator"
        /// A local (or member path) is assigned: `binds` are the targets, `value` the new value
        /// (for `+=` and friends, `api` is the operator and `value` the whole new value,
        /// `t + x`). Key bindings are `make-key`/`split`/`copy-key`/`bind-key`, not `assign`.
        case assign
        /// An expression over draws, clocks, locals or named constants is evaluated here for
        /// its value (an argument, a condition, an index, a returned value): `value` is it. A
        /// function's returned value has `api` `return`.
        case use
    }

    public var kind: Kind
    public var range: SourceRange
    /// The API as the catalog names it (`srand`, `RandomKey(seed:)`, `split`), empty for bindings.
    public var api: String
    /// For global events: the process-wide generator (`libc-rand`, `libc-48`).
    public var generator: String?
    /// The key the event consumes, reads or copies.
    public var key: String?
    /// Names (re)bound by the event, in order.
    public var binds: [String]
    /// For `seedGlobal` and `makeKey`: what the seed is computed from.
    public var seed: Seed?
    /// When the call is reached through a macro, the macro's name (the range is then the macro's use).
    public var macro: String?
    /// For `assign` and `use`: the value.
    public var value: Value?

    public init(kind: Kind, range: SourceRange, api: String = "", generator: String? = nil, key: String? = nil,
                binds: [String] = [], seed: Seed? = nil, macro: String? = nil, value: Value? = nil) {
        self.kind = kind
        self.range = range
        self.api = api
        self.generator = generator
        self.key = key
        self.binds = binds
        self.seed = seed
        self.macro = macro
        self.value = value
    }
}

/// What a seed expression is computed from.
public struct Seed: Sendable, Hashable {
    public enum Source: String, Sendable, Hashable, Codable {
        /// A literal or a constant expression of literals.
        case literal
        /// The clock (`time()`, `Date()`) or the process id.
        case clock
        /// No seed at all (a generator constructed with nothing).
        case none
        /// Anything else: a parameter, a variable, a call.
        case expression
    }

    public var source: Source
    /// The seed expression as written, when there is one.
    public var text: String
    public var range: SourceRange?
    /// The seed as a value tree (nil when there is no seed argument).
    public var value: Value?

    public init(source: Source, text: String = "", range: SourceRange? = nil, value: Value? = nil) {
        self.source = source
        self.text = text
        self.range = range
        self.value = value
    }
}
