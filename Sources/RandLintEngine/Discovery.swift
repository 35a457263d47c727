import Foundation
import RandLintCore

/// Finds the files to lint. Folders are walked in sorted order, skipping hidden entries and
/// build folders (`.git`, `.build`, anything starting with `.`); a file named explicitly is
/// always taken. Paths are returned as the user would write them: relative to `root` when inside it.
/// Special files (FIFOs, sockets, devices) are never returned, and a folder reached again through
/// a symbolic link is not walked again; both are notes.
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
        var notes: [String] = []
    }

    func files(for paths: [String]) -> Result {
        var result = Result()
        var seen = Set<String>()
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                // A symbolic link that leads nowhere (dangling, or a loop): say which.
                let isLink = (try? fm.destinationOfSymbolicLink(atPath: path)) != nil
                if isLink, case .failure(let error) = SourceReader.read(path) {
                    result.problems.append(.init(path: display(path), message: error.description))
                } else {
                    result.problems.append(.init(path: path, message: "no such file or directory"))
                }
                continue
            }
            if !isDirectory.boolValue {
                let shown = display(path)
                if Language(path: path) == nil {
                    result.problems.append(.init(path: shown, message: "not a Swift or C source file (.swift, .c, .h)"))
                } else if forceExclude, filter?.isExcluded(path) == true {
                    continue
                } else if let kind = SourceReader.specialKind(path) {
                    result.notes.append("\(shown): \(kind), not a regular file; skipped")
                } else if seen.insert(shown).inserted {
                    result.files.append(File(path: path, shown: shown))
                }
                continue
            }
            var walked: [String: String] = [:]
            for file in walk(path, walked: &walked, report: &result) where seen.insert(file.shown).inserted { result.files.append(file) }
        }
        return result
    }

    /// `walked`: the folders walked so far in this walk, real path → path as shown. Problems and
    /// notes go to `report`; the files found are returned.
    private func walk(_ directory: String, walked: inout [String: String], report: inout Result) -> [File] {
        var found: [File] = []
        let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        if let first = walked[real] {
            report.notes.append("\(display(directory)): the same folder as \(first.isEmpty ? "." : first) (a symbolic link); not walked again")
            return []
        }
        walked[real] = display(directory)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            report.problems.append(.init(path: display(directory), message: "cannot read the folder"))
            return []
        }
        for name in entries.sorted() where !name.hasPrefix(".") {
            let path = directory == "." ? name : (directory.hasSuffix("/") ? directory + name : directory + "/" + name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                if Language(path: name) != nil { found.append(File(path: path, shown: display(path))) }  // a broken link: reading it reports the problem
                continue
            }
            if isDirectory.boolValue {
                if Self.skippedFolders.contains(name) || filter?.isExcluded(path) == true { continue }
                found += walk(path, walked: &walked, report: &report)
            } else if Language(path: name) != nil {
                if let filter, filter.isExcluded(path) || !filter.isIncluded(path) { continue }
                if let kind = SourceReader.specialKind(path) {
                    report.notes.append("\(display(path)): \(kind), not a regular file; skipped")
                    continue
                }
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
