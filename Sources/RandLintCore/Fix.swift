/// A mechanical rewrite that resolves one finding: the RandomKeys / randomkeys.h code its help
/// describes, written into the file.
///
/// The contract:
/// - `edits` are in the finding's file, sorted by position and not overlapping; their ranges are
///   UTF-8 byte ranges (with line and column) of the text the rule saw;
/// - a `safe` fix keeps the program's behaviour wherever that behaviour is defined (it may remove
///   undefined behaviour); an `unsafe` fix changes it — which numbers are drawn, or what a buggy
///   expression computes — and is applied only on request (`--unsafe-fixes`), as in Ruff;
/// - a rule offers a fix only where the rewrite is mechanical; the engine then keeps it only if
///   the rewritten file still parses and gives no finding the original did not have (re-linted
///   with every running rule), so reporters, `--fix` and editors see only fixes that hold.
public struct Fix: Sendable, Hashable, Codable {
    public enum Applicability: String, Sendable, Hashable, Codable, Comparable {
        case safe
        case unsafe

        public static func < (a: Applicability, b: Applicability) -> Bool { a == .safe && b == .unsafe }
    }

    /// What the fix writes, as an imperative phrase: "write `RAND_MAX + 1.0`".
    public var title: String
    public var applicability: Applicability
    public var edits: [Edit]

    public init(title: String, applicability: Applicability, edits: [Edit]) {
        self.title = title
        self.applicability = applicability
        self.edits = edits.sorted { $0.range < $1.range }
    }

    /// Whether a run that applies fixes up to `allowed` applies this one.
    public func isApplied(upTo allowed: Applicability) -> Bool { applicability <= allowed }
}

/// One replacement: the bytes of `range` become `replacement` (an insertion when the range is
/// empty, a deletion when the replacement is).
public struct Edit: Sendable, Hashable, Codable {
    public var range: SourceRange
    public var replacement: String

    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

extension Fix {
    /// `text` with the edits applied, or nil when an edit lies outside it or edits overlap.
    public func applied(to text: [UInt8]) -> [UInt8]? { Self.apply(edits, to: text) }

    /// Applies edits (any order; they must not overlap) to UTF-8 text.
    public static func apply(_ edits: [Edit], to text: [UInt8]) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(text.count + 64)
        var cursor = 0
        for edit in edits.sorted(by: { $0.range < $1.range }) {
            let start = edit.range.start.offset, end = edit.range.end.offset
            guard start >= cursor, start <= end, end <= text.count else { return nil }
            result += text[cursor..<start]
            result += Array(edit.replacement.utf8)
            cursor = end
        }
        result += text[cursor...]
        return result
    }

    /// Whether the two fixes touch a common byte (or insert at the same place), so only one of
    /// them can be applied in a pass.
    public func overlaps(_ other: Fix) -> Bool {
        edits.contains { a in
            other.edits.contains { b in
                a.range.start.offset < b.range.end.offset && b.range.start.offset < a.range.end.offset
                    || a.range.start.offset == b.range.start.offset
            }
        }
    }
}
