import Foundation
import SwiftParser
import SwiftSyntax

/// The last parse of each open document, for an editor: a new text is parsed incrementally
/// from the last one (swift-syntax reuses the nodes the edit did not touch), so a keystroke in
/// a long file costs a fraction of a full parse. The edits are found by comparing the texts
/// (`TextEdits`: an editor sends the whole text). Keeps at most `capacity` documents; `forget` drops one.
public final class SwiftParses: @unchecked Sendable {
    private struct Parse {
        var bytes: [UInt8]
        var result: IncrementalParseResult
        var lastUse: Int
    }

    private let lock = NSLock()
    private var parses: [String: Parse] = [:]
    private var uses = 0
    private let capacity: Int

    public init(capacity: Int = 16) {
        self.capacity = capacity
    }

    /// The tree of `source`, the text of the document at `path`.
    func tree(path: String, source: String) -> SourceFileSyntax {
        let bytes = Array(source.utf8)
        let previous = lock.withLock { parses[path] }
        let transition = previous.flatMap { previous in
            (try? ConcurrentEdits(concurrent: TextEdits.between(previous.bytes, bytes))).map {
                IncrementalParseTransition(previousIncrementalParseResult: previous.result, edits: $0)
            }
        }
        let result = bytes.withUnsafeBufferPointer { Parser.parseIncrementally(source: $0, parseTransition: transition) }
        lock.withLock {
            uses += 1
            parses[path] = Parse(bytes: bytes, result: result, lastUse: uses)
            if parses.count > capacity, let oldest = parses.min(by: { $0.value.lastUse < $1.value.lastUse })?.key { parses[oldest] = nil }
        }
        return result.tree
    }

    /// Drops the document's last parse (the editor closed it).
    public func forget(path: String) {
        lock.withLock { parses[path] = nil }
    }
}
