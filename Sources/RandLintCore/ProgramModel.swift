/// The language-neutral program model: what a front end saw in one source file.
///
/// Front ends produce it, rules read it; rules never see syntax trees. The model promises:
/// - every function body (including top-level code and property initializers, as synthetic
///   functions) is a tree of `Step`s in evaluation order;
/// - only catalog APIs and keys appear as events: a user's own function named `srand` or a
///   member called `seed` never becomes a `seedGlobal` event;
/// - key variables are named consistently within a function: a key is referred to by the
///   name it is bound to (`k`, `self.key`, `keys[0]`), and every (re)binding is an event.
/// - a statement that neither mentions a catalog name (or a parameter bringing a key or a
///   generator in) nor shares a name, transitively, with one that does may be left out: it
///   draws nothing and nothing it computes reaches a draw, a seed or a key (statements that can
///   leave the path stay, for the paths' sake); a function whose text has no catalog name at
///   all may have no steps, or be left out (it can neither report nor summarize anything).
public struct FileModel: Sendable {
    public var path: String
    public var language: Language
    public var functions: [Function]
    /// How many errors the parser reported and recovered from: code around them may be missing
    /// from the model (the engine then says which catalog calls it could not see). A fix that
    /// makes this number grow is not offered.
    public var parseErrors = 0
    public var hasParseErrors: Bool { parseErrors > 0 }

    public init(path: String, language: Language, functions: [Function]) {
        self.path = path
        self.language = language
        self.functions = functions
    }
}

/// A function, initializer, closure, property initializer or the top-level code of a file.
public struct Function: Sendable {
    /// `property`: an instance stored property's initializer (runs once per instance);
    /// `sharedProperty`: a `static`/`class` property's or a global's (runs once per process).
    public enum Kind: String, Sendable { case function, initializer, closure, topLevel = "top-level", property, sharedProperty = "shared-property" }

    public var name: String
    public var kind: Kind
    /// Entry points are where keys and seeds belong (C `main`, Swift `main.swift` top level,
    /// `static func main()` of an `@main` type, test functions, configured names).
    public var isEntryPoint: Bool
    public var parameters: [Parameter]
    public var range: SourceRange
    public var body: [Step]
    /// The function runs on other threads: this file passes it to a thread-spawning API (a
    /// `pthread_create` start routine), or such a routine calls it (one level deep, `via`).
    public var spawn: Spawn?
    /// Where the body's first statement starts, when a declaration may be inserted before it
    /// without changing what the body means (not a single-expression body whose value is
    /// returned implicitly). A fix that needs a local (`var g = key.generator()`) puts it here.
    public var bodyStart: SourcePosition?

    public init(name: String, kind: Kind, isEntryPoint: Bool, parameters: [Parameter], range: SourceRange, body: [Step],
                spawn: Spawn? = nil) {
        self.name = name
        self.kind = kind
        self.isEntryPoint = isEntryPoint
        self.parameters = parameters
        self.range = range
        self.body = body
        self.spawn = spawn
    }
}

/// Where code is started on other threads, concurrently with the code that started it: a
/// catalog `concurrent` API (`pthread_create`, `Task {}`, `DispatchQueue.concurrentPerform`,
/// `queue.async`) or an OpenMP `parallel`/`task` region. The range is the spawning call or the
/// region's pragma, in the same file.
public struct Spawn: Sendable, Hashable {
    public var api: String
    public var range: SourceRange
    /// For a function called by a start routine (one level deep): that routine's name.
    public var via: String?

    public init(api: String, range: SourceRange, via: String? = nil) {
        self.api = api
        self.range = range
        self.via = via
    }
}

public struct Parameter: Hashable, Sendable {
    public var name: String
    public var type: String
    public var isInout: Bool
    /// The type is a seeded generator type: a project `RandomNumberGenerator` type or a catalog
    /// generator type (`GKMersenneTwisterRandomSource`); not the system generator or a protocol.
    public var isGenerator: Bool
    /// The parameter can be passed as `using: &name` to the standard library's random APIs: its
    /// type conforms to `RandomNumberGenerator` (`some`/`any RandomNumberGenerator`, a generic
    /// parameter constrained to it, a generator type) and it is `inout`.
    public var isUsableGenerator: Bool
    /// The parameter is a key (a catalog key type).
    public var isKey: Bool

    public init(name: String, type: String, isInout: Bool = false, isGenerator: Bool = false, isUsableGenerator: Bool = false,
                isKey: Bool = false) {
        self.name = name
        self.type = type
        self.isInout = isInout
        self.isGenerator = isGenerator
        self.isUsableGenerator = isUsableGenerator
        self.isKey = isKey
    }
}

/// One step of a function body.
public indirect enum Step: Sendable {
    /// Something randomness-related happens here.
    case event(Event)
    /// Exactly one arm runs (an `if` without `else` has an empty second arm).
    case branch(Branch)
    /// The body runs zero or more times (a loop statement, a closure a catalog says runs
    /// repeatedly) or, for `.closure`, zero or one time.
    case loop(Loop)
    /// Control leaves: the rest of the enclosing path does not run.
    case exit(Exit)
}

public struct Branch: Sendable {
    public struct Arm: Sendable {
        public var steps: [Step]
        /// Control continues into the next arm (C case fall-through, Swift `fallthrough`).
        public var fallsThrough: Bool

        public init(steps: [Step], fallsThrough: Bool = false) {
            self.steps = steps
            self.fallsThrough = fallsThrough
        }
    }

    public enum Kind: String, Sendable { case `if`, `guard`, `switch`, ternary, optional }

    public var kind: Kind
    public var arms: [Arm]

    public init(kind: Kind, arms: [Arm]) {
        self.kind = kind
        self.arms = arms
    }
}

public struct Loop: Sendable {
    public enum Kind: Sendable, Hashable {
        case statement
        /// A closure passed to an API that runs it repeatedly (`map`, `forEach`, `concurrentPerform`).
        case repeatedClosure(api: String)
        /// A closure that runs at most once (`Optional.map`, a completion handler, an unknown API).
        /// `return` inside it leaves the closure, not the enclosing function.
        case closure(api: String)
    }

    public var kind: Kind
    public var body: [Step]
    public var range: SourceRange
    /// The loop's induction variables: `i` of `for i in`, `for (i = 0; …; i++)`, the index of
    /// `enumerated()`, the parameters of a repeatedly-run closure (`concurrentPerform`'s index,
    /// `map`'s element). Each iteration gives them a new value.
    public var variables: [String]
    /// The body runs on other threads (a closure passed to a `concurrent` API, an OpenMP region).
    public var spawn: Spawn?
    /// The variable that counts the iterations with an integer, when there is one: `i` of
    /// `for i in 0..<n` (a range, `stride`, `indices`), of `for (i, x) in xs.enumerated()`, of
    /// C `for (int i = 0; …)`, the index of `concurrentPerform` or `(0..<n).map { i in … }`. It
    /// differs in every iteration, so a fix can fold it into a key (`key.fold(in: i)`).
    public var counter: String?
    /// Where the loop could name its counter: the `_` of `for _ in 0..<n` (a fix that needs the
    /// counter writes a name there).
    public var unnamedCounter: SourceRange?

    public init(kind: Kind, body: [Step], range: SourceRange, variables: [String] = [], spawn: Spawn? = nil, counter: String? = nil,
                unnamedCounter: SourceRange? = nil) {
        self.kind = kind
        self.body = body
        self.range = range
        self.variables = variables
        self.spawn = spawn
        self.counter = counter
        self.unnamedCounter = unnamedCounter
    }
}

public struct Exit: Sendable {
    public enum Kind: String, Sendable { case `return`, `throw`, `break`, `continue` }
    public var kind: Kind
    public var range: SourceRange

    public init(kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}
