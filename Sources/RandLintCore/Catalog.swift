/// A catalog: data that tells the front ends which APIs of one library matter for randomness.
/// Catalogs are the rule plugins: supporting a new RNG library is a new YAML file under
/// `Rules/` (or in a user's repo, named by `.randlint.yml`), never new code, and loading one
/// never runs anything from it.
///
/// Schema (YAML; every key but `catalog` and `apis` is optional):
/// ```yaml
/// catalog: libc                 # unique name
/// languages: [c, swift]         # front ends that use it
/// generators: {libc-rand: "srand/rand/random share one state"}   # process-wide generators
/// key-types: [rk_key]           # types whose values are keys
/// generator-types: [GKARC4RandomSource]   # types whose values are seeded generators
/// apis:
///   - name: srand               # the identifier called (a type name for constructors)
///     kind: seed-global         # see `API.Kind`; `call` just marks the call (custom call rules)
///     generator: libc-rand      # seed-global / draw-global: which process-wide generator
///     seed: 0                   # the seed argument: a position, or a Swift argument label
///     member: false             # Swift: called as `x.name(…)` (true) or `name(…)` (false)
///     receiver: [Int, Double]   # Swift: the member's base must be one of these types
///     labels: [in]              # Swift: these argument labels must all be present
///     unless-labels: [using]    # Swift: not this API when one of these labels is present
///     key: 0                    # C: the argument that is the key (draw, split, fold)
///     out: 1                    # C: the argument that receives split keys
///     result: bits              # draws: the result is raw uniform integer bits (`rand()`,
///                               #   `g.next()`): biased under `% n`, 0 under `/ RAND_MAX`;
///                               # `key` for a split-key API that returns one key (`u.folding()`)
/// ```
public struct Catalog: Sendable, Hashable {
    public var name: String
    public var path: String
    public var languages: [Language]
    public var generators: [String: String]
    public var keyTypes: [String]
    public var generatorTypes: [String]
    public var apis: [API]

    public init(name: String, path: String, languages: [Language], generators: [String: String], keyTypes: [String],
                generatorTypes: [String] = [], apis: [API]) {
        self.name = name
        self.path = path
        self.languages = languages
        self.generators = generators
        self.keyTypes = keyTypes
        self.generatorTypes = generatorTypes
        self.apis = apis
    }
}

/// One API entry of a catalog.
public struct API: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Seeds a process-wide generator.
        case seedGlobal = "seed-global"
        /// Draws from a process-wide generator.
        case drawGlobal = "draw-global"
        /// Constructs a key (a value drawn from once, then split).
        case makeKey = "make-key"
        /// Constructs a seeded generator (a value that advances as it is drawn from).
        case makeGenerator = "make-generator"
        /// Splits a key into new keys (consumes it).
        case splitKey = "split-key"
        /// Folds data into a key (does not consume it).
        case foldKey = "fold-key"
        /// Draws from a key (consumes it).
        case drawKey = "draw-key"
        /// Draws from a seeded generator value (`g.next()`; advances it).
        case drawGenerator = "draw-generator"
        /// Reads the clock or the process id (a seed from it is not reproducible).
        case clock
        /// Runs a closure argument repeatedly (`map`, `forEach`, `concurrentPerform`).
        case repeatsClosure = "repeats-closure"
        /// Runs a closure argument on other threads (`pthread_create`, `Task {}`).
        case concurrent
        /// Any other call worth reporting: the front ends emit a `call` event for it (custom
        /// call rules of `.randlint.yml` and plugin catalogs match these).
        case call
    }

    public var name: String
    public var kind: Kind
    public var catalog: String
    public var languages: [Language]
    public var generator: String?
    public var seed: ArgumentRef?
    public var member: Bool
    public var receiver: [String]
    public var labels: [String]
    public var unlessLabels: [String]
    public var key: Int?
    public var out: Int?
    /// Draws: the result is raw uniform integer bits (catalog `result: bits`).
    public var returnsBits: Bool = false
    /// `split-key` APIs: the result is one key, not a tuple or array of keys (catalog
    /// `result: key`: `u.folding()`, `u.release()` consume `u` into one new key).
    public var returnsOneKey: Bool = false
    /// The line of the entry in its catalog file (for error messages and `randlint explain`).
    public var line: Int

    public init(name: String, kind: Kind, catalog: String, languages: [Language], generator: String? = nil, seed: ArgumentRef? = nil,
                member: Bool = false, receiver: [String] = [], labels: [String] = [], unlessLabels: [String] = [],
                key: Int? = nil, out: Int? = nil, line: Int = 0) {
        self.name = name
        self.kind = kind
        self.catalog = catalog
        self.languages = languages
        self.generator = generator
        self.seed = seed
        self.member = member
        self.receiver = receiver
        self.labels = labels
        self.unlessLabels = unlessLabels
        self.key = key
        self.out = out
        self.line = line
    }

    /// Whether this API can start a finding on its own; only those names go into the prefilter.
    public var startsFinding: Bool {
        switch kind {
        case .seedGlobal, .drawGlobal, .makeKey, .makeGenerator, .drawGenerator, .call: return true
        default: return false
        }
    }
}

/// An argument, named by position (C, Swift unlabeled) or by Swift label.
public enum ArgumentRef: Sendable, Hashable {
    case position(Int)
    case label(String)
}
