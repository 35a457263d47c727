import RandLintCore

/// The one registry: every rule randlint has, sorted by id. A new rule is one line here.
public let allRules: [Rule] = [
    .globalSeed,
    .keyCreatedInside,
    .keyReuse,
    .midProgramReseed,
    .unusedSuppression,
].sorted { $0.id < $1.id }
