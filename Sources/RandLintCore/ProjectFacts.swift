/// What the declaration pass learned from the whole project before any file is modeled: named
/// constants and the project's own generator types.
///
/// Promises: the facts come from the project (the folder of `.randlint.yml`, or the working
/// directory), not from the paths being linted, so a file's findings do not depend on how
/// randlint was called; merging is order-independent (a name declared twice with different
/// values is dropped, since the model cannot tell which one a use means).
public struct ProjectFacts: Sendable, Equatable {
    /// Constants with a literal value (`static let seed: UInt64 = 42`, a file-scope `let`), by
    /// simple name and by `Type.name`.
    public private(set) var constants: [String: Value] = [:]
    /// Swift types declared in the project that conform to `RandomNumberGenerator` (directly, or
    /// through a protocol or typealias declared there): constructing one is `make-generator`.
    public private(set) var generatorTypes: [String: GeneratorType] = [:]
    private var ambiguous: Set<String> = []

    public init() {}

    public struct GeneratorType: Sendable, Hashable {
        public var name: String
        /// A struct or enum (copies advance separately), not a class or actor.
        public var isValueType: Bool

        public init(name: String, isValueType: Bool) {
            self.name = name
            self.isValueType = isValueType
        }
    }

    public mutating func addConstant(_ name: String, _ value: Value) {
        guard !ambiguous.contains(name) else { return }
        if let known = constants[name], known != value {
            constants[name] = nil
            ambiguous.insert(name)
            return
        }
        constants[name] = value
    }

    public mutating func addGeneratorType(_ type: GeneratorType) {
        if let known = generatorTypes[type.name], known != type {
            // declared as a struct in one place and a class in another: keep the reference kind
            generatorTypes[type.name] = GeneratorType(name: type.name, isValueType: known.isValueType && type.isValueType)
            return
        }
        generatorTypes[type.name] = type
    }

    /// Facts from several files, merged in any order with the same result.
    public mutating func merge(_ other: ProjectFacts) {
        for name in other.ambiguous { constants[name] = nil; ambiguous.insert(name) }
        for (name, value) in other.constants.sorted(by: { $0.key < $1.key }) { addConstant(name, value) }
        for (_, type) in other.generatorTypes.sorted(by: { $0.key < $1.key }) { addGeneratorType(type) }
    }
}
