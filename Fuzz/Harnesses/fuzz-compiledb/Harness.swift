import Foundation
@testable import RandLintC

// The compile-database reader: the input as compile_commands.json, then the flags of a few
// files, and the input as one `command` string.
let folder = NSTemporaryDirectory() + "randlint-fuzz-compiledb-\(getpid())"
let database = folder + "/compile_commands.json"
let ready: Void = { try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }()

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = ready
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    _ = FileManager.default.createFile(atPath: database, contents: bytes)
    if let flags = try? CompileFlags(compileDatabase: database) {
        for path in [folder + "/a.c", "/a.c", "a.c", folder + "/include/b.h", "/"] {
            _ = flags.arguments(for: path)
            _ = flags.includeDirectories(for: path)
        }
    }
    _ = CompileDatabase.split(String(decoding: bytes, as: UTF8.self))
    return 0
}
