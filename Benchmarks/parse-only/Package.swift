// swift-tools-version:6.0
// The bare parser for Benchmarks/huge-files.sh: swift-syntax's parse of one file, nothing else.
import PackageDescription

let package = Package(
    name: "parse-only",
    dependencies: [.package(url: "https://github.com/swiftlang/swift-syntax", exact: "603.0.1")],
    targets: [
        .executableTarget(name: "parse-only", dependencies: [.product(name: "SwiftParser", package: "swift-syntax")]),
    ]
)
