/// A source language randlint has a front end for.
public enum Language: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case swift
    case c

    /// The language of a path, from its extension (`.h` is C), or nil when randlint does not analyze it.
    public init?(path: String) {
        if path.hasSuffix(".swift") { self = .swift }
        else if path.hasSuffix(".c") || path.hasSuffix(".h") { self = .c }
        else { return nil }
    }

    public static func < (a: Language, b: Language) -> Bool { a.rawValue < b.rawValue }
}
