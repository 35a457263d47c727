// swift-tools-version: 6.1
// A package that uses randlint's SwiftPM plugins, as a user's package would
// (Tests/plugins/run.sh builds it). A user writes
//   .package(url: "https://github.com/OWNER/randlint", from: "1.0.0")
// instead of the local path.
import PackageDescription

let package = Package(
    name: "plugin-sample",
    dependencies: [
        .package(name: "randlint", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "Sim",
            dependencies: ["Dice"],
            plugins: [.plugin(name: "RandLintBuildToolPlugin", package: "randlint")]),
        .target(
            name: "Dice",
            dependencies: [.product(name: "CRandomKeys", package: "randlint")],
            plugins: [.plugin(name: "RandLintBuildToolPlugin", package: "randlint")]),
    ]
)
