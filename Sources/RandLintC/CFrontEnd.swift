import CLibClang
import Foundation
import RandLintCore

/// What parsing one C file produced: the models of the main file and of the project headers it
/// includes (never system headers), how many headers were missing, and a parse error if libclang
/// could not produce a translation unit at all.
public struct CParseResult: Sendable {
    public var models: [FileModel]
    public var missingHeaders: Int
    public var error: String?
    /// The main file's byte ranges the preprocessor left out with these flags (inactive `#if`
    /// branches, directives included), in order.
    public var inactiveRanges: [Range<Int>] = []

    public init(models: [FileModel], missingHeaders: Int = 0, error: String? = nil) {
        self.models = models
        self.missingHeaders = missingHeaders
        self.error = error
    }
}

/// The C front end: libclang → program model. libclang is loaded at run time (dlopen), so
/// randlint builds and runs without it; constructing a `CFrontEnd` is what needs it.
///
/// Thread safety: `models(path:source:)` may be called from several threads at once. Each call
/// borrows a libclang index from a small pool (one per concurrently running call) and owns its
/// translation unit; nothing libclang hands out is shared between threads.
public final class CFrontEnd: @unchecked Sendable {
    let index: CAPIIndex
    let extraEntryPoints: Set<String>
    let flags: CompileFlags
    /// The path of the libclang that was loaded.
    public let libclangPath: String
    private let pool = IndexPool()

    /// Loads libclang; throws `RandLintError` with the install hint when it is absent.
    public convenience init(catalogs: CatalogSet, extraEntryPoints: [String] = [], compileFlags: [String] = [], compileDatabase: String? = nil) throws {
        try self.init(catalogs: catalogs, extraEntryPoints: extraEntryPoints, flags: CompileFlags(compileDatabase: compileDatabase, extra: compileFlags))
    }

    public init(catalogs: CatalogSet, extraEntryPoints: [String] = [], flags: CompileFlags) throws {
        self.libclangPath = try LibClang.load()
        self.index = CAPIIndex(catalogs)
        self.extraEntryPoints = Set(extraEntryPoints)
        self.flags = flags
    }

    /// Options for clang_parseTranslationUnit2: keep going after fatal errors such as a missing
    /// header (CXTranslationUnit_KeepGoing), drop warnings from included files
    /// (CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles), and keep the preprocessing record
    /// (CXTranslationUnit_DetailedPreprocessingRecord: it knows the inactive `#if` branches; it
    /// costs no measurable time). No code-completion caches, bodies are parsed.
    static let parseOptions: UInt32 = 0x1 | 0x200 | 0x4000

    /// A virtual header declaring the catalogs' key types, force-included when the real header
    /// (randomkeys.h) was not found so that `rk_key k = …` still parses into declarations.
    static let fallbackHeaderPath = "/randlint-virtual/randlint-key-types.h"

    /// Models of the main file and of each project header it includes (never system headers).
    /// `source` is the main file's text (passed to libclang as an unsaved file).
    public func models(path: String, source: String) -> CParseResult {
        let arguments = self.arguments(for: path)
        let handle = pool.take()
        defer { pool.give(handle) }

        let first = parse(handle, path: arguments.file, source: source, arguments: arguments.flags, fallback: nil)
        guard let tu = first.tu else { return CParseResult(models: [], missingHeaders: 0, error: first.error) }
        var active = tu
        var errors = first.errors
        let missing = first.missingHeaders
        if !first.undeclaredKeyTypes.isEmpty, !index.keyTypes.isEmpty {
            // The header that declares the key types is missing: declare them ourselves and reparse.
            // Key headers build on the fixed-width integer types, so those come along.
            let prelude = "#include <stddef.h>\n#include <stdint.h>\n"
                + index.keyTypes.sorted().map { "typedef unsigned long long \($0);\n" }.joined()
            let second = parse(handle, path: arguments.file, source: source, arguments: arguments.flags, fallback: prelude)
            if let tu2 = second.tu {
                rlc_dispose_tu(tu)
                active = tu2
                errors = second.errors
            }
        }
        defer { rlc_dispose_tu(active) }
        let builder = CModelBuilder(tu: active, index: index, extraEntryPoints: extraEntryPoints, mainPath: path,
                                    parsedMainPath: arguments.file, mainSource: source)
        var models = builder.build()
        if !models.isEmpty { models[0].parseErrors = errors }
        var result = CParseResult(models: models, missingHeaders: missing, error: nil)
        result.inactiveRanges = Self.skippedRanges(active, file: arguments.file)
        return result
    }

    private static func skippedRanges(_ tu: rlc_tu, file: String) -> [Range<Int>] {
        var offsets: UnsafeMutablePointer<UInt32>?
        let count = Int(rlc_skipped_ranges(tu, file, &offsets))
        defer { free(offsets) }
        guard let offsets else { return [] }
        return (0..<count).compactMap { i in
            let start = Int(offsets[2 * i]), end = Int(offsets[2 * i + 1])
            return start < end ? start..<end : nil
        }
    }

    /// The file name and flags to parse `path` with (see `CompileFlags`), keeping going past errors.
    func arguments(for path: String) -> CompileFlags.Arguments {
        var arguments = flags.arguments(for: path)
        arguments.flags += ["-ferror-limit=0", "-w"]
        return arguments
    }

    struct Parsed {
        var tu: rlc_tu?
        var error: String?
        var missingHeaders = 0
        /// Errors other than missing headers (clang recovered; code around them may be dropped).
        var errors = 0
        var undeclaredKeyTypes: Set<String> = []
    }

    private func parse(_ handle: rlc_index, path: String, source: String, arguments: [String], fallback: String?) -> Parsed {
        var flags = arguments
        if fallback != nil { flags += ["-include", Self.fallbackHeaderPath] }
        var code: Int32 = 0
        let tu: rlc_tu? = withCStrings(flags) { argv in
            withCStrings([path, source, Self.fallbackHeaderPath, fallback ?? ""]) { strings in
                var unsaved = [rlc_unsaved_file(filename: strings[0], contents: strings[1], length: UInt(source.utf8.count))]
                if let fallback {
                    unsaved.append(rlc_unsaved_file(filename: strings[2], contents: strings[3], length: UInt(fallback.utf8.count)))
                }
                return rlc_parse(handle, path, argv, Int32(flags.count), &unsaved, UInt32(unsaved.count), Self.parseOptions, &code)
            }
        }
        guard let tu else { return Parsed(tu: nil, error: "libclang could not parse the file (error \(code))") }
        var parsed = Parsed(tu: tu)
        let count = rlc_diagnostic_count(tu)
        for i in 0..<count {
            var text: UnsafeMutablePointer<CChar>?
            let severity = rlc_diagnostic(tu, i, &text)
            guard severity >= 3, let message = takeString(text) else { continue } // error, fatal
            if message.hasSuffix("file not found") { parsed.missingHeaders += 1; continue }
            parsed.errors += 1
            for prefix in ["unknown type name '", "use of undeclared identifier '"] where message.hasPrefix(prefix) {
                let name = String(message.dropFirst(prefix.count).dropLast())
                if index.keyTypes.contains(name) { parsed.undeclaredKeyTypes.insert(name) }
            }
        }
        return parsed
    }
}

/// Calls `body` with NUL-terminated copies of `strings`, valid for the duration of the call.
func withCStrings<R>(_ strings: [String], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
    let copies = strings.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    return body(copies.map { UnsafePointer($0) })
}

/// libclang indexes, one per concurrently running parse, reused across calls.
private final class IndexPool: @unchecked Sendable {
    private let lock = NSLock()
    private var free: [rlc_index] = []

    func take() -> rlc_index {
        lock.lock()
        if let index = free.popLast() {
            lock.unlock()
            return index
        }
        lock.unlock()
        return rlc_create_index()
    }

    func give(_ index: rlc_index) {
        lock.lock()
        free.append(index)
        lock.unlock()
    }

    deinit { free.forEach { rlc_dispose_index($0) } }
}

/// The C APIs of a catalog set, indexed once per front end.
struct CAPIIndex: Sendable {
    let byName: [String: API]
    /// Entries of kind `call` (custom call rules), kept apart: they add a `call` event to a call
    /// and never change what the call otherwise means.
    let calls: [String: API]
    let keyTypes: Set<String>
    /// APIs of catalogs that declare key types: a project header defining one of them is a
    /// vendored copy of that key library (randomkeys.h), not the project's own code. A header
    /// defining `srand` or `rand` is the project's own generator and shadows libc's.
    let libraryAPIs: Set<String>

    init(_ catalogs: CatalogSet) {
        var byName: [String: API] = [:]
        var calls: [String: API] = [:]
        var libraryAPIs = Set<String>()
        for catalog in catalogs.catalogs {
            for api in catalog.apis where api.languages.contains(.c) && !api.member {
                if api.kind == .call {
                    if calls[api.name] == nil { calls[api.name] = api }
                } else if byName[api.name] == nil {
                    byName[api.name] = api
                }
                if !catalog.keyTypes.isEmpty, api.kind != .call { libraryAPIs.insert(api.name) }
            }
        }
        self.byName = byName
        self.calls = calls
        self.libraryAPIs = libraryAPIs
        self.keyTypes = Set(catalogs.catalogs.filter { $0.languages.contains(.c) }.flatMap(\.keyTypes))
    }
}
