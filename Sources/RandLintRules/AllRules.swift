import RandLintCore

/// The one registry: every rule randlint has, sorted by id. A new rule is one line here.
public let allRules: [Rule] = [
    .generatorCopy,
    .globalSeed,
    .hiddenGlobalRNG,
    .insecureRNGForSecret,
    .keyCreatedInside,
    .keyReuse,
    .midProgramReseed,
    .moduloBias,
    .randIntDivision,
    .seedArithmetic,
    .threadUnsafeRNG,
    .timeSeed,
    .unusedSuppression,
].sorted { $0.id < $1.id }
