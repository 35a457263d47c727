import CLibClang
import Foundation
import RandLintCore

/// Finds and loads libclang once per process (dlopen at run time: randlint builds and runs
/// without it; only C analysis needs it).
enum LibClang {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var outcome: Result<String, RandLintError>?

    /// Loads libclang (once); returns the path loaded, or throws the install hint.
    static func load() throws -> String {
        lock.lock()
        defer { lock.unlock() }
        if let outcome { return try outcome.get() }
        let result = loadFirst(candidates())
        outcome = result
        return try result.get()
    }

    private static func loadFirst(_ candidates: [String]) -> Result<String, RandLintError> {
        var failures: [String] = []
        for path in candidates {
            var buffer = [CChar](repeating: 0, count: 512)
            if rlc_load(path, &buffer, buffer.count) == 0 { return .success(path) }
            let reason = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            failures.append(reason.hasPrefix(path) ? reason : "\(path): \(reason)")
        }
        return .failure(missingError(failures: failures))
    }

    /// The one line randlint prints when C analysis is impossible.
    static func missingError(failures: [String]) -> RandLintError {
        let searched = failures.isEmpty
            ? "searched: RANDLINT_LIBCLANG, " + searchedPlaces.joined(separator: ", ")
            : "tried: " + failures.joined(separator: "; ")
        return RandLintError("C analysis needs libclang: install libclang-dev (or set RANDLINT_LIBCLANG to libclang's path; \(searched))")
    }

    /// Folders and patterns searched, for the error message.
    static let searchedPlaces = [
        "/usr/lib/llvm-*/lib", "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib",
        "/usr/local/lib", "/usr/local/opt/llvm/lib", "/opt/homebrew/opt/llvm/lib", "Xcode",
    ]

    /// Candidate paths, best first: `RANDLINT_LIBCLANG` when set (then only it: an explicit choice
    /// that fails is reported, not silently replaced), else the usual places, newest LLVM first.
    static func candidates(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        if let path = environment["RANDLINT_LIBCLANG"], !path.isEmpty { return [path] }
        let fm = FileManager.default
        var found: [(version: [Int], path: String)] = []
        func add(_ path: String, _ version: [Int]) {
            if fm.fileExists(atPath: path), !found.contains(where: { $0.path == path }) { found.append((version, path)) }
        }
        func version(_ text: Substring) -> [Int] { text.split(separator: ".").compactMap { Int($0) } }
        // /usr/lib/llvm-N/lib/libclang*.so*
        for dir in (try? fm.contentsOfDirectory(atPath: "/usr/lib")) ?? [] where dir.hasPrefix("llvm-") {
            let v = version(dir.dropFirst(5))
            let lib = "/usr/lib/\(dir)/lib"
            for name in ["libclang.so.1", "libclang.so", "libclang-\(dir.dropFirst(5)).so.1", "libclang-\(dir.dropFirst(5)).so"] {
                add("\(lib)/\(name)", v)
            }
        }
        // Distribution library folders: libclang-N.so*, libclang.so*
        for lib in ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib"] {
            let names = ((try? fm.contentsOfDirectory(atPath: lib)) ?? []).filter { $0.hasPrefix("libclang") && $0.contains(".so") }
            for name in names {
                let stem = name.prefix { $0 != "." }
                if stem == "libclang" { add("\(lib)/\(name)", [0]) }
                else if stem.hasPrefix("libclang-"), let major = Int(stem.dropFirst("libclang-".count)) { add("\(lib)/\(name)", [major]) }
            }
        }
        for path in [
            "/opt/homebrew/opt/llvm/lib/libclang.dylib", "/usr/local/opt/llvm/lib/libclang.dylib", "/usr/local/lib/libclang.dylib",
            "/Applications/Xcode.app/Contents/Developer/Toolchains/XcodeDefault.xctoolchain/usr/lib/libclang.dylib",
            "/Library/Developer/CommandLineTools/usr/lib/libclang.dylib",
        ] {
            add(path, [0])
        }
        return newestFirst(found)
    }

    /// Newest version first; within a version (and for unversioned names), the order found.
    static func newestFirst(_ found: [(version: [Int], path: String)]) -> [String] {
        found.enumerated().sorted { a, b in
            a.element.version != b.element.version ? b.element.version.lexicographicallyPrecedes(a.element.version) : a.offset < b.offset
        }.map(\.element.path)
    }
}

/// libclang's cursor kinds that the front end looks at (values of `enum CXCursorKind`).
enum CursorKind {
    static let structDecl: Int32 = 2, unionDecl: Int32 = 3, enumDecl: Int32 = 5, fieldDecl: Int32 = 6
    static let enumConstantDecl: Int32 = 7, functionDecl: Int32 = 8, varDecl: Int32 = 9, parmDecl: Int32 = 10
    static let typedefDecl: Int32 = 20, typeRef: Int32 = 43, labelRef: Int32 = 48
    static let unexposedExpr: Int32 = 100, declRefExpr: Int32 = 101, memberRefExpr: Int32 = 102, callExpr: Int32 = 103
    static let integerLiteral: Int32 = 106, floatingLiteral: Int32 = 107, stringLiteral: Int32 = 109, characterLiteral: Int32 = 110
    static let parenExpr: Int32 = 111, unaryOperator: Int32 = 112, arraySubscriptExpr: Int32 = 113
    static let binaryOperator: Int32 = 114, compoundAssignOperator: Int32 = 115, conditionalOperator: Int32 = 116
    static let cStyleCastExpr: Int32 = 117, initListExpr: Int32 = 119, stmtExpr: Int32 = 121, unaryExpr: Int32 = 136
    static let unexposedStmt: Int32 = 200, labelStmt: Int32 = 201, compoundStmt: Int32 = 202, caseStmt: Int32 = 203
    static let defaultStmt: Int32 = 204, ifStmt: Int32 = 205, switchStmt: Int32 = 206, whileStmt: Int32 = 207
    static let doStmt: Int32 = 208, forStmt: Int32 = 209, gotoStmt: Int32 = 210, indirectGotoStmt: Int32 = 211
    static let continueStmt: Int32 = 212, breakStmt: Int32 = 213, returnStmt: Int32 = 214, nullStmt: Int32 = 230, declStmt: Int32 = 231
    static let translationUnit: Int32 = 300
    static let firstDecl: Int32 = 1, lastDecl: Int32 = 39
    static let firstExpr: Int32 = 100, lastExpr: Int32 = 199
    static let firstStmt: Int32 = 200, lastStmt: Int32 = 299
}

/// A position after macro expansion: the file, 1-based line and byte column, 0-based byte offset.
struct FileLocation {
    var file: rlc_file?
    var line: Int
    var column: Int
    var offset: Int

    var position: SourcePosition { SourcePosition(line: line, column: column, offset: offset) }
}

/// A thin value wrapper over a libclang cursor.
struct Cursor {
    let raw: rlc_cursor

    var kind: Int32 { rlc_cursor_kind(raw) }
    var isNull: Bool { rlc_cursor_is_null(raw) != 0 }
    var isDefinition: Bool { rlc_cursor_is_definition(raw) != 0 }
    var spelling: String { takeString(rlc_cursor_spelling(raw)) ?? "" }
    var referenced: Cursor { Cursor(raw: rlc_cursor_referenced(raw)) }
    var definition: Cursor { Cursor(raw: rlc_cursor_definition(raw)) }
    var extent: rlc_range { rlc_cursor_extent(raw) }
    var location: rlc_location { rlc_cursor_location(raw) }
    var typeSpelling: String { takeString(rlc_type_spelling(rlc_cursor_type(raw))) ?? "" }
    var type: rlc_type { rlc_cursor_type(raw) }
    var argumentCount: Int { Int(rlc_cursor_argument_count(raw)) }
    func argument(_ index: Int) -> Cursor { Cursor(raw: rlc_cursor_argument(raw, UInt32(index))) }

    var children: [Cursor] {
        var pointer: UnsafeMutablePointer<rlc_cursor>?
        let count = Int(rlc_children(raw, &pointer))
        defer { free(pointer) }
        guard let pointer, count > 0 else { return [] }
        return (0..<count).map { Cursor(raw: pointer[$0]) }
    }

    var isExpression: Bool { (CursorKind.firstExpr...CursorKind.lastExpr).contains(kind) }
    var isInSystemHeader: Bool { rlc_location_in_system_header(location) != 0 }

    static func == (a: Cursor, b: Cursor) -> Bool { rlc_cursors_equal(a.raw, b.raw) != 0 }
}

func takeString(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
    guard let pointer else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
}

func expansion(_ location: rlc_location) -> FileLocation {
    var file: rlc_file?
    var line: UInt32 = 0, column: UInt32 = 0, offset: UInt32 = 0
    rlc_expansion_location(location, &file, &line, &column, &offset)
    return FileLocation(file: file, line: Int(line), column: Int(column), offset: Int(offset))
}

func spelling(_ location: rlc_location) -> FileLocation {
    var file: rlc_file?
    var line: UInt32 = 0, column: UInt32 = 0, offset: UInt32 = 0
    rlc_spelling_location(location, &file, &line, &column, &offset)
    return FileLocation(file: file, line: Int(line), column: Int(column), offset: Int(offset))
}
