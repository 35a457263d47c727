import Foundation
import RandLintCore
@testable import RandLintEngine

// The byte scanners that see every discovered file: the prefilter (Swift and C names), the C
// directive scanner, the C include prefilter (includes resolved in an empty folder) and the
// nesting estimate.
let catalogs = CatalogSet(try! BuiltinCatalogs.load())
let swiftNames = catalogs.prefilterNames(in: .swift, startingOn: Set(API.Kind.allCases))
let cNames = catalogs.prefilterNames(in: .c, startingOn: Set(API.Kind.allCases))
let swiftPrefilter = Prefilter(calls: swiftNames.calls, types: swiftNames.keyTypes)
let folder = NSTemporaryDirectory() + "randlint-fuzz-prefilter-\(getpid())"
let includes: IncludePrefilter = {
    try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return IncludePrefilter(calls: cNames.calls, types: cNames.keyTypes, flags: nil, linted: [])
}()

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = swiftPrefilter.matches(bytes)
    let directives = bytes.withUnsafeBufferPointer { CDirectives($0) }
    for macro in directives.macros { precondition(macro.body.lowerBound >= 0 && macro.body.upperBound <= size) }
    _ = includes.matches(path: folder + "/input.c", bytes: bytes)
    _ = NestingEstimate.depth(bytes)
    return 0
}
