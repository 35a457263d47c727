// swift-tools-version: 6.1
import PackageDescription

// libFuzzer harnesses, built and run by Scripts/fuzz.sh (see README.md here); not part of CI.
// The analyzer's targets are compiled here from links that Scripts/fuzz.sh makes (Analyzer/) so that they are instrumented
// with the harnesses and reachable with @testable import; the root package is left as it is.
let harnesses = ["fuzz-prefilter", "fuzz-comments", "fuzz-lsp", "fuzz-config", "fuzz-compiledb", "fuzz-swift", "fuzz-c"]
let analyzer: [Target.Dependency] = ["RandLintCore", "RandLintSwift", "RandLintC", "RandLintRules", "RandLintEngine", "RandLintLSP"]

let package = Package(
    name: "randlint-fuzz",
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        .target(name: "RandLintCore", dependencies: [.product(name: "Yams", package: "Yams")], path: "Analyzer/RandLintCore"),
        .target(name: "RandLintSwift", dependencies: [
            "RandLintCore",
            .product(name: "SwiftParser", package: "swift-syntax"),
            .product(name: "SwiftSyntax", package: "swift-syntax"),
            .product(name: "SwiftOperators", package: "swift-syntax"),
        ], path: "Analyzer/RandLintSwift"),
        .target(name: "RandLintC", dependencies: ["RandLintCore", "CLibClang"], path: "Analyzer/RandLintC"),
        .target(name: "CLibClang", path: "Analyzer/CLibClang", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "RandLintRules", dependencies: ["RandLintCore"], path: "Analyzer/RandLintRules"),
        .target(name: "RandLintReporters", dependencies: ["RandLintCore"], path: "Analyzer/RandLintReporters"),
        .target(name: "RandLintEngine", dependencies: ["RandLintCore", "RandLintSwift", "RandLintC", "RandLintRules", .product(name: "Yams", package: "Yams")],
                path: "Analyzer/RandLintEngine"),
        .target(name: "RandLintLSP", dependencies: ["RandLintCore", "RandLintEngine", "RandLintReporters"], path: "Analyzer/RandLintLSP"),
        .target(name: "FuzzSupport", dependencies: ["RandLintEngine", "RandLintRules"], path: "Support"),
    ] + harnesses.map { .executableTarget(name: $0, dependencies: analyzer + ["FuzzSupport"], path: "Harnesses/\($0)") }
)
