// libFuzzer's driver, called from each harness's main.swift: SwiftPM links executables with their
// own entry point, which replaces libFuzzer's `main`. Each harness also exports its test function
// as LLVMFuzzerTestOneInput, which libFuzzer's (unused) `main` refers to.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                                 _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                                 _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// Runs libFuzzer with the process's arguments; `test` gets each input (`nil` when empty).
public func runFuzzer(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, test))
}

@_silgen_name("exit")
private func exit(_ status: CInt) -> Never
