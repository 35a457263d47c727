// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "randlint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "randlint", targets: ["randlint"]),
        .library(name: "RandomKeys", targets: ["RandomKeys"]),
        .library(name: "CRandomKeys", targets: ["CRandomKeys"]),
        .plugin(name: "RandLintBuildToolPlugin", targets: ["RandLintBuildToolPlugin"]),
        .plugin(name: "RandLintCommandPlugin", targets: ["RandLintCommandPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        // The analyzer.
        .target(name: "RandLintCore", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "RandLintSwift", dependencies: [
            "RandLintCore",
            .product(name: "SwiftParser", package: "swift-syntax"),
            .product(name: "SwiftSyntax", package: "swift-syntax"),
            .product(name: "SwiftOperators", package: "swift-syntax"),
        ]),
        .target(name: "RandLintC", dependencies: ["RandLintCore", "CLibClang"]),
        // libclang, loaded at run time with dlopen: no link-time dependency, no unsafe flags.
        .target(name: "CLibClang", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
        .target(name: "RandLintRules", dependencies: ["RandLintCore"]),
        .target(name: "RandLintReporters", dependencies: ["RandLintCore"]),
        .target(name: "RandLintEngine", dependencies: ["RandLintCore", "RandLintSwift", "RandLintC", "RandLintRules", .product(name: "Yams", package: "Yams")]),
        .target(name: "RandLintLSP", dependencies: ["RandLintCore", "RandLintEngine", "RandLintReporters"]),
        .executableTarget(name: "randlint", dependencies: [
            "RandLintCore", "RandLintEngine", "RandLintReporters", "RandLintRules", "RandLintLSP",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "RandLintTestSupport", dependencies: ["RandLintCore"]),

        // SwiftPM plugins (Docs/integrations.md): findings as build diagnostics, `swift package randlint`.
        .plugin(name: "RandLintBuildToolPlugin", capability: .buildTool(), dependencies: ["randlint"]),
        .plugin(name: "RandLintCommandPlugin",
                capability: .command(intent: .custom(verb: "randlint", description: "Lint the package for randomness misuse in Swift and C")),
                dependencies: ["randlint"]),

        // The reference PRNG library the fixes point to: no dependencies.
        .target(name: "RandomKeys", dependencies: ["RandomKeysKernels"]),
        // Its bulk kernels in C, for run-time selection of AVX2 / AVX-512 (internal to RandomKeys).
        .target(name: "RandomKeysKernels"),
        .target(name: "CRandomKeys"),

        .testTarget(name: "RandLintCoreTests", dependencies: ["RandLintCore", "RandLintTestSupport"]),
        .testTarget(name: "RandLintSwiftTests", dependencies: ["RandLintCore", "RandLintSwift", "RandLintTestSupport"], exclude: ["Models"]),
        .testTarget(name: "RandLintCTests", dependencies: ["RandLintCore", "RandLintC", "RandLintTestSupport"], exclude: ["Models"]),
        .testTarget(name: "RandLintRulesTests", dependencies: ["RandLintCore", "RandLintRules", "RandLintEngine", "RandLintTestSupport"]),
        .testTarget(name: "RandLintEngineTests", dependencies: ["RandLintCore", "RandLintEngine", "RandLintRules", "RandLintReporters", "RandLintTestSupport"]),
        .testTarget(name: "RandLintReportersTests", dependencies: ["RandLintCore", "RandLintReporters"]),
        .testTarget(name: "RandomKeysTests", dependencies: ["RandomKeys", "RandLintTestSupport"], exclude: ["Vectors"]),
        .testTarget(name: "RandlintCLITests", dependencies: ["randlint", "RandLintTestSupport"]),
        .testTarget(name: "RandLintIntegrationTests", dependencies: ["randlint", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "RandLintLSPTests", dependencies: ["RandLintLSP", "randlint"]),
    ]
)
