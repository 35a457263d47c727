import Foundation
import RandLintCore
import RandLintEngine

// The YAML loaders: the input as `.randlint.yml` and as a catalog. Errors are expected; a crash is not.
let folder = NSTemporaryDirectory() + "randlint-fuzz-config-\(getpid())"
let ready: Void = { try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }()

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = ready
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    if let configuration = try? Configuration.parse(text, path: folder + "/.randlint.yml", directory: folder) {
        var options = LintOptions()
        options.root = folder
        options.configuration = configuration
        _ = try? Linter(options: options)
    }
    if let catalog = try? Catalog.parse(text, path: folder + "/catalog.yml") {
        _ = CatalogSet(try! BuiltinCatalogs.load() + [catalog])
    }
    return 0
}
