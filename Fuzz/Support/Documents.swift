import Foundation
import RandLintEngine
import RandLintRules

/// A linter with every rule on (opt-in ones too), rooted in an empty folder of its own, for
/// documents named `file` there.
public func documentLinter(file: String) -> (linter: Linter, path: String) {
    let folder = NSTemporaryDirectory() + "randlint-fuzz-\(file)-\(getpid())"
    try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var options = LintOptions()
    options.root = folder
    options.jobs = 1
    options.enable = allRules.map(\.id)
    return (try! Linter(options: options), folder + "/" + file)
}

/// Lints the input as the editor's text of the document, as the engine does (front end, model,
/// rules, suppressions, fix checks). Text that is not UTF-8 or holds a NUL never reaches a front end.
public func lintDocument(_ linter: (linter: Linter, path: String), _ data: UnsafePointer<UInt8>?, _ size: Int) {
    guard let source = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self), !source.utf8.contains(0) else { return }
    _ = linter.linter.lintDocument(path: linter.path, source: source)
}
