import Foundation

/// A path glob of `.randlint.yml` (`include`, `exclude`), matched against paths relative to the
/// configuration file's folder: `*` and `?` within one path segment, `[abc]` classes, `**` for
/// any number of segments. A pattern without `/` matches at any depth (`*.pb.swift` is
/// `**/*.pb.swift`); a leading `/` anchors it at the folder; a pattern that matches a folder
/// matches everything under it (`Generated`, `Generated/`, `Generated/**` are the same).
struct Glob: Sendable, Hashable {
    let pattern: String
    private let segments: [String]

    init(_ pattern: String) {
        self.pattern = pattern
        var p = pattern
        while p.hasPrefix("./") { p.removeFirst(2) }
        let anchored = p.hasPrefix("/")
        while p.hasPrefix("/") { p.removeFirst() }
        while p.hasSuffix("/") { p.removeLast() }
        var segments = p.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if !anchored, segments.count == 1, segments[0] != "**" { segments.insert("**", at: 0) }
        self.segments = segments
    }

    /// Whether `path` (relative, `/`-separated) or one of its parent folders matches.
    func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/").map(String.init)
        guard !parts.isEmpty else { return false }
        for count in stride(from: parts.count, through: 1, by: -1) where Self.match(segments[...], parts[0..<count]) { return true }
        return false
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            for skip in 0...path.count where match(rest, path.dropFirst(skip)) { return true }
            return false
        }
        guard let segment = path.first, matchSegment(Array(first.unicodeScalars)[...], Array(segment.unicodeScalars)[...]) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    private static func matchSegment(_ p: ArraySlice<Unicode.Scalar>, _ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let c = p.first else { return s.isEmpty }
        switch c {
        case "*":
            let rest = p.dropFirst()
            for skip in 0...s.count where matchSegment(rest, s.dropFirst(skip)) { return true }
            return false
        case "?":
            return !s.isEmpty && matchSegment(p.dropFirst(), s.dropFirst())
        case "[":
            guard let close = p.dropFirst().firstIndex(of: "]"), let ch = s.first else {
                return s.first == "[" && matchSegment(p.dropFirst(), s.dropFirst())
            }
            var set = p[p.index(after: p.startIndex)..<close]
            let negated = set.first == "!" || set.first == "^"
            if negated { set = set.dropFirst() }
            var hit = false
            var i = set.startIndex
            while i < set.endIndex {
                let lo = set[i]
                if set.index(after: i) < set.endIndex, set[set.index(after: i)] == "-", set.index(i, offsetBy: 2) < set.endIndex {
                    let hi = set[set.index(i, offsetBy: 2)]
                    if lo.value <= ch.value && ch.value <= hi.value { hit = true }
                    i = set.index(i, offsetBy: 3)
                } else {
                    if lo == ch { hit = true }
                    i = set.index(after: i)
                }
            }
            return hit != negated && matchSegment(p[p.index(after: close)...], s.dropFirst())
        default:
            return s.first == c && matchSegment(p.dropFirst(), s.dropFirst())
        }
    }
}

/// The configuration's include/exclude globs, applied to files by their absolute path.
struct PathFilter: Sendable {
    /// The configuration file's folder, absolute, without a trailing `/`.
    let directory: String
    let include: [Glob]
    let exclude: [Glob]

    init(directory: String, include: [String], exclude: [String]) {
        var d = directory
        while d.count > 1, d.hasSuffix("/") { d.removeLast() }
        self.directory = d
        self.include = include.map(Glob.init)
        self.exclude = exclude.map(Glob.init)
    }

    /// `path` relative to `directory`, or nil when it lies outside (globs do not apply there).
    func relative(_ path: String) -> String? {
        let absolute = Self.absolute(path)
        if absolute == directory { return "" }
        let prefix = directory == "/" ? "/" : directory + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : nil
    }

    func isExcluded(_ path: String) -> Bool {
        guard !exclude.isEmpty, let rel = relative(path), !rel.isEmpty else { return false }
        return exclude.contains { $0.matches(rel) }
    }

    func isIncluded(_ path: String) -> Bool {
        guard !include.isEmpty, let rel = relative(path) else { return true }
        return include.contains { $0.matches(rel) }
    }

    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: full).standardizedFileURL.path
    }
}
