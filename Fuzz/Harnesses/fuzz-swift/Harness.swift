import FuzzSupport

// The Swift front end and model builder, then every rule, as the engine runs them on an editor's text.
let linter = documentLinter(file: "input.swift")

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    lintDocument(linter, data, size)
    return 0
}
