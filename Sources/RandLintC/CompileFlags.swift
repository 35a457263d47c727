import Foundation
import RandLintCore

/// How each C file is parsed: its compile database entry when there is one (a header without an
/// entry borrows the flags of a source file in its folder, or the nearest folder above, as
/// clangd does), else `-xc -std=gnu11 -I<the file's folder>`; the configured flags come after
/// either. The front end parses with these flags and the prefilter follows `#include`s through
/// the same search folders, so both see the same headers.
public struct CompileFlags: Sendable {
    let database: CompileDatabase?
    let extra: [String]

    /// `compileDatabase` is compile_commands.json or its folder; throws when it cannot be read.
    public init(compileDatabase: String? = nil, extra: [String] = []) throws {
        self.database = try compileDatabase.map { try CompileDatabase(path: $0) }
        self.extra = extra
    }

    /// Folders the compile database's entries are relative to that do not exist here (the
    /// database was made on another machine, or the build folder is gone).
    public var missingDirectories: [String] { database?.missingDirectories ?? [] }

    struct Arguments {
        var file: String
        var flags: [String]
    }

    func arguments(for path: String) -> Arguments {
        if let database, let entry = database.entry(for: path) {
            return Arguments(file: entry.file, flags: entry.arguments + extra)
        }
        let directory = (path as NSString).deletingLastPathComponent
        return Arguments(file: path, flags: ["-xc", "-std=gnu11", "-I" + (directory.isEmpty ? "." : directory)] + extra)
    }

    /// The folders `#include "…"` and `#include <…>` search for `path` (after the including
    /// file's own folder, for quoted names), from `-I` and `-iquote`, in order; absolute.
    public func includeDirectories(for path: String) -> [String] {
        let flags = arguments(for: path).flags
        let cwd = FileManager.default.currentDirectoryPath
        var found: [String] = []
        var i = 0
        while i < flags.count {
            let flag = flags[i]
            var directory: String?
            if flag == "-I" || flag == "-iquote", i + 1 < flags.count {
                directory = flags[i + 1]
                i += 1
            } else if flag.hasPrefix("-iquote"), flag.count > 7 {
                directory = String(flag.dropFirst(7))
            } else if flag.hasPrefix("-I"), flag.count > 2 {
                directory = String(flag.dropFirst(2))
            }
            if let directory {
                let absolute = Self.absolute(directory, in: cwd)
                if !found.contains(absolute) { found.append(absolute) }
            }
            i += 1
        }
        return found
    }

    /// `path` made absolute against `directory`, with `.` and `..` resolved.
    public static func absolute(_ path: String, in directory: String) -> String {
        CompileDatabase.absolute(path, in: directory)
    }
}
