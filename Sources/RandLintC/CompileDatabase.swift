import Foundation
import RandLintCore

/// A JSON compilation database (`compile_commands.json`, as CMake, Bear and clang-tidy use it),
/// read with Foundation: for a source file, the flags it is compiled with.
struct CompileDatabase: Sendable {
    struct Entry: Sendable {
        /// The file to hand libclang (absolute).
        var file: String
        /// Compiler flags without the compiler, `-o X`, `-c`, dependency-file flags and the file itself.
        var arguments: [String]
    }

    private let entries: [String: Entry]
    /// The `directory` values that name no folder on this machine, sorted.
    let missingDirectories: [String]
    /// Per folder, the entry of the first source file in it (by path): what its headers borrow.
    private let byFolder: [String: Entry]

    /// `path` is compile_commands.json itself or the directory holding it.
    init(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw RandLintError("\(path): no such compile database (give compile_commands.json or its directory)")
        }
        let file = isDirectory.boolValue ? (path as NSString).appendingPathComponent("compile_commands.json") : path
        guard let data = FileManager.default.contents(atPath: file) else {
            throw RandLintError("\(file): cannot read the compile database")
        }
        guard let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else {
            throw RandLintError("\(file): not a JSON compile database (expected an array of {directory, file, command|arguments})")
        }
        var entries: [String: Entry] = [:]
        var missing = Set<String>()
        for item in list {
            guard let directory = item["directory"] as? String, let name = item["file"] as? String else { continue }
            var isFolder: ObjCBool = false
            if !FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) || !isFolder.boolValue { missing.insert(directory) }
            let absolute = Self.absolute(name, in: directory)
            var argv: [String]
            if let arguments = item["arguments"] as? [String] { argv = arguments }
            else if let command = item["command"] as? String { argv = Self.split(command) }
            else { continue }
            // The first entry for a file wins, as in clang's tooling.
            if entries[absolute] == nil {
                entries[absolute] = Entry(file: absolute, arguments: Self.clean(argv, file: name, absoluteFile: absolute, directory: directory))
            }
        }
        self.entries = entries
        self.missingDirectories = missing.sorted()
        var byFolder: [String: Entry] = [:]
        for (file, entry) in entries.sorted(by: { $0.key < $1.key }) {
            let folder = (file as NSString).deletingLastPathComponent
            if byFolder[folder] == nil { byFolder[folder] = entry }
        }
        self.byFolder = byFolder
    }

    /// The file's own entry; for a header without one, the flags of the first source file in its
    /// folder or, failing that, in the nearest folder above it.
    func entry(for path: String) -> Entry? {
        let absolute = Self.absolute(path, in: FileManager.default.currentDirectoryPath)
        if let entry = entries[absolute] { return entry }
        guard absolute.hasSuffix(".h") else { return nil }
        var folder = (absolute as NSString).deletingLastPathComponent
        while true {
            if let borrowed = byFolder[folder] { return Entry(file: absolute, arguments: borrowed.arguments) }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { return nil }
            folder = parent
        }
    }

    static func absolute(_ path: String, in directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : (directory as NSString).appendingPathComponent(path)
        return normalize(joined)
    }

    /// Drops what is not a flag for parsing: the compiler, outputs, `-c`, dependency files, the
    /// source file; anchors the rest in the entry's directory by making relative paths in
    /// include and sysroot flags absolute.
    ///
    /// Never `-working-directory`: libclang 14 applies it with a process-wide `chdir` (LLVM's
    /// shared real file system), which moved the whole randlint process, and every thread in
    /// it, into the entry's directory, so relative paths read afterwards (headers, other files)
    /// no longer resolved.
    static func clean(_ argv: [String], file: String, absoluteFile: String, directory: String) -> [String] {
        var result: [String] = []
        var i = 1
        let withValue: Set<String> = ["-o", "-MF", "-MT", "-MQ", "-working-directory"]
        let alone: Set<String> = ["-c", "-M", "-MM", "-MD", "-MMD", "-MP", "-MG", "-S", "-E"]
        func anchored(_ path: String) -> String { path.hasPrefix("/") ? path : absolute(path, in: directory) }
        while i < argv.count {
            let arg = argv[i]
            if withValue.contains(arg) { i += 2; continue }
            if arg.hasPrefix("-working-directory=") { i += 1; continue }
            if alone.contains(arg) || arg == file || arg == absoluteFile || absolute(arg, in: directory) == absoluteFile && !arg.hasPrefix("-") {
                i += 1
                continue
            }
            if arg.hasPrefix("-o") && arg.count > 2 && !arg.hasPrefix("-objc") { i += 1; continue }
            if pathFlags.contains(arg), i + 1 < argv.count {
                result += [arg, anchored(argv[i + 1])]
                i += 2
                continue
            }
            if let prefix = joinedPathFlags.first(where: { arg.hasPrefix($0) && arg.count > $0.count }) {
                result.append(prefix + anchored(String(arg.dropFirst(prefix.count))))
                i += 1
                continue
            }
            result.append(arg)
            i += 1
        }
        return result
    }

    /// Flags whose next argument is a path.
    static let pathFlags: Set<String> = ["-I", "-iquote", "-isystem", "-idirafter", "-include", "-imacros", "-isysroot", "--sysroot", "-F", "-iframework"]
    /// Flags with the path joined to them, longest first where one is a prefix of another.
    static let joinedPathFlags = ["-iquote", "-isystem", "-idirafter", "-isysroot", "--sysroot=", "-iframework", "-I", "-F"]

    /// Splits a shell command line: whitespace separates, quotes group, backslash escapes.
    static func split(_ command: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for ch in command {
            if escaped { current.append(ch); escaped = false; inWord = true; continue }
            if ch == "\\" && quote != "'" { escaped = true; continue }
            if let q = quote {
                if ch == q { quote = nil } else { current.append(ch) }
                continue
            }
            if ch == "\"" || ch == "'" { quote = ch; inWord = true; continue }
            if ch == " " || ch == "\t" || ch == "\n" {
                if inWord { words.append(current); current = ""; inWord = false }
                continue
            }
            current.append(ch)
            inWord = true
        }
        if inWord { words.append(current) }
        return words
    }
}

/// `a/./b/../c` → `a/c`; keeps a leading `/`; drops a leading `./`.
func normalize(_ path: String) -> String {
    if isNormal(path) { return path }
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
        if part == "." { continue }
        if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
        if part == "..", absolute, parts.isEmpty { continue }
        parts.append(part)
    }
    let joined = parts.joined(separator: "/")
    return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
}

/// Whether `normalize` would return `path` unchanged: no empty, `.` or `..` component, no
/// trailing `/` (the common case, checked without allocating).
private func isNormal(_ path: String) -> Bool {
    var utf8 = path.utf8.makeIterator()
    var componentLength = 0, dots = 0, first = true, sawSlash = false
    while let byte = utf8.next() {
        if byte == 0x2F {
            if componentLength == 0 && !first { return false }
            if componentLength > 0 && componentLength == dots { return false }
            componentLength = 0
            dots = 0
            sawSlash = true
        } else {
            componentLength += 1
            if byte == 0x2E { dots += 1 }
        }
        first = false
    }
    if componentLength == 0 { return !sawSlash && !path.isEmpty ? true : path == "/" }
    return componentLength != dots
}
