import Foundation
import RandLintCore
@testable import RandLintEngine
import RandLintRules

// The comment scanner and inline suppressions: directives are read, applied to a finding on
// every line, and the unused ones reported with their removal fixes.
let known = allRules.map(\.id)

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let length = source.utf8.count
    for comment in CommentScanner.comments(in: source) {
        precondition(comment.range.start.offset >= 0 && comment.range.start.offset <= comment.range.end.offset && comment.range.end.offset <= length)
    }
    let suppressions = Suppressions(source: source)
    let lines = source.utf8.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    let findings = (1...min(lines, 64)).map { line in
        Finding(ruleID: known[line % known.count], level: .warning, path: "input.swift",
                range: SourceRange(start: SourcePosition(line: line, column: 1, offset: 0), end: SourcePosition(line: line, column: 1, offset: 0)),
                message: "", help: "")
    }
    let (_, used) = suppressions.apply(findings)
    let unused = suppressions.unused(used: used, running: Set(known), known: known, rule: .unusedSuppression, path: "input.swift",
                                     language: size % 2 == 0 ? .swift : .c, source: SourceFile(source))
    for edit in unused.compactMap(\.fix).flatMap(\.edits) { precondition(edit.range.start.offset <= edit.range.end.offset && edit.range.end.offset <= length) }
    return 0
}
