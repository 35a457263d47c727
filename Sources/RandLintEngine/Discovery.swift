import Foundation
import RandLintCore

/// Finds the files to lint. Folders are walked in sorted order, skipping hidden entries and
/// build folders (`.git`, `.build`, anything starting with `.`); a file named explicitly is
/// always taken. Paths are returned as the user would write them: relative to `root` when inside it.
struct Discovery {
    let root: String
    /// The configuration's include/exclude globs: excludes apply to walked files (and prune
    /// folders); includes, when given, limit walked files. Files named explicitly are taken
    /// unless `forceExclude`, which applies the excludes to them too.
    var filter: PathFilter? = nil
    var forceExclude = false

    /// A file to lint: where to read it, and how to show it.
    struct File: Hashable {
        var path: String
        var shown: String
    }

    struct Result {
        var files: [File] = []
        var problems: [LintReport.Problem] = []
    }

    func files(for paths: [String]) -> Result {
        var result = Result()
        var seen = Set<String>()
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.problems.append(.init(path: path, message: "no such file or directory"))
                continue
            }
            if !isDirectory.boolValue {
                let shown = display(path)
                if Language(path: path) == nil {
                    result.problems.append(.init(path: shown, message: "not a Swift or C source file (.swift, .c, .h)"))
                } else if forceExclude, filter?.isExcluded(path) == true {
                    continue
                } else if seen.insert(shown).inserted {
                    result.files.append(File(path: path, shown: shown))
                }
                continue
            }
            for file in walk(path) where seen.insert(file.shown).inserted { result.files.append(file) }
        }
        return result
    }

    private func walk(_ directory: String) -> [File] {
        var found: [File] = []
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        for name in entries.sorted() where !name.hasPrefix(".") {
            let path = directory == "." ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                if Language(path: name) != nil { found.append(File(path: path, shown: display(path))) }  // a broken link: reading it reports the problem
                continue
            }
            if isDirectory.boolValue {
                if Self.skippedFolders.contains(name) || filter?.isExcluded(path) == true { continue }
                found += walk(path)
            } else if Language(path: name) != nil {
                if let filter, filter.isExcluded(path) || !filter.isIncluded(path) { continue }
                found.append(File(path: path, shown: display(path)))
            }
        }
        return found
    }

    private static let skippedFolders: Set<String> = ["node_modules", "DerivedData"]

    /// `path` relative to `root` when it lies inside it, else as given.
    func display(_ path: String) -> String {
        var p = path
        if p.hasPrefix("/") {
            let prefix = root.hasSuffix("/") ? root : root + "/"
            if p.hasPrefix(prefix) { p = String(p.dropFirst(prefix.count)) }
        }
        while p.hasPrefix("./") { p = String(p.dropFirst(2)) }
        return p
    }
}
