import CLibClang
import Foundation
import RandLintCore

/// Turns one libclang translation unit into program models: the main file's and each project
/// header's (a header that defines a key library's APIs, like a vendored randomkeys.h, is the
/// library's implementation and is not modeled; calls into it count as the catalog's).
final class CModelBuilder {
    let tu: rlc_tu
    let index: CAPIIndex
    let extraEntryPoints: Set<String>
    let mainPath: String
    let parsedMainPath: String
    let mainSource: String

    /// A file of the translation unit, keyed by libclang's file handle.
    struct SourceFile {
        var path: String
        var text: UnsafeBufferPointer<UInt8>
    }
    private var files: [Int: SourceFile] = [:]
    private var libraryFiles = Set<Int>()
    private var mainFileKey: Int?
    private let workingDirectory = FileManager.default.currentDirectoryPath

    /// Per function: the file being modeled, and split-output arrays whose count was not a literal
    /// (name → literal indexes used later), patched into the split's binds at the end.
    private var fileKey = 0
    var unknownSplits: [String: Set<Int>] = [:]
    /// Labels of the goto-built loops being modeled (see `block`).
    var retryLabels: Set<String> = []
    /// The function being modeled: its file and byte range (a variable declared inside is a local).
    var currentFunctionFile = 0
    var currentFunctionRange = 0..<0
    var currentFunctionName = ""
    var currentFunctionBody: Cursor?
    /// Thread spawns seen so far, and the project functions each function calls.
    var spawnSites: [SpawnSite] = []
    /// The main file has `#pragma omp` lines (a cheap guard for `openMPDirective(before:)`).
    lazy var usesOpenMP = mainSource.contains("pragma") && mainSource.contains("omp")
    var callees: [String: Set<String>] = [:]
    /// Walking the operands of an expression whose value is recorded (an assignment, a `use`).
    var recordingUse = false
    static let pendingSplit = "\u{1}split:"

    static let exits: Set<String> = ["exit", "_exit", "_Exit", "abort", "quick_exit"]

    init(tu: rlc_tu, index: CAPIIndex, extraEntryPoints: Set<String>, mainPath: String, parsedMainPath: String, mainSource: String) {
        self.tu = tu
        self.index = index
        self.extraEntryPoints = extraEntryPoints
        self.mainPath = mainPath
        self.parsedMainPath = parsedMainPath
        self.mainSource = mainSource
    }

    func build() -> [FileModel] {
        let top = Cursor(raw: rlc_tu_cursor(tu)).children
        var definitions: [(Cursor, Int, Bool)] = []
        for cursor in top where cursor.kind == CursorKind.functionDecl {
            let location = cursor.location
            guard rlc_location_in_system_header(location) == 0, cursor.isDefinition else { continue }
            let inMain = rlc_location_in_main_file(location) != 0
            guard let key = key(of: expansion(location).file) else { continue }
            if inMain { mainFileKey = key }
            if !inMain, index.libraryAPIs.contains(cursor.spelling) { libraryFiles.insert(key) }
            definitions.append((cursor, key, inMain))
        }
        var functions: [Int: [Function]] = [:]
        for (cursor, key, _) in definitions where !libraryFiles.contains(key) {
            fileKey = key
            functions[key, default: []].append(function(cursor))
        }
        if !spawnSites.isEmpty { functions = markSpawned(functions) }
        var models = [FileModel(path: mainPath, language: .c, functions: mainFileKey.flatMap { functions[$0] } ?? [])]
        var headers: [FileModel] = []
        for (key, list) in functions where key != mainFileKey {
            guard let file = file(key) else { continue }
            headers.append(FileModel(path: file.path, language: .c, functions: list))
        }
        models += headers.sorted { $0.path < $1.path }
        return models
    }

    // MARK: - Files and positions

    func key(of file: rlc_file?) -> Int? {
        guard let file else { return nil }
        let key = Int(bitPattern: file)
        if files[key] == nil {
            var size = 0
            let contents = rlc_file_contents(tu, file, &size)
            let text = contents.map { UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count: size) }
                ?? UnsafeBufferPointer(start: nil, count: 0)
            let name = takeString(rlc_file_name(file)) ?? ""
            files[key] = SourceFile(path: displayPath(name), text: text)
        }
        return key
    }

    private func file(_ key: Int) -> SourceFile? { files[key] }

    func isLibraryFile(_ key: Int) -> Bool { libraryFiles.contains(key) }

    func fileText(_ key: Int) -> UnsafeBufferPointer<UInt8>? { files[key]?.text }

    /// A header's path as the user sees it: relative when the main file was given relative.
    private func displayPath(_ name: String) -> String {
        if name == parsedMainPath { return mainPath }
        let path = normalize(name)
        if !mainPath.hasPrefix("/"), path.hasPrefix("/") {
            let root = normalize(workingDirectory)
            if path.hasPrefix(root + "/") { return String(path.dropFirst(root.count + 1)) }
        }
        return path
    }

    /// Where a cursor's text is, after macro expansion. Text written as a macro's argument is
    /// located where it was written; text from a macro's body is located at the macro's use.
    struct Place {
        var start: FileLocation
        var end: FileLocation
        var range: RandLintCore.SourceRange { RandLintCore.SourceRange(start: start.position, end: end.position) }
    }

    func place(_ cursor: Cursor) -> Place {
        let extent = cursor.extent
        let startLocation = rlc_range_start(extent), endLocation = rlc_range_end(extent)
        let start = expansion(startLocation)
        var end = expansion(endLocation)
        let spelled = spelling(startLocation)
        if spelled.file == start.file, spelled.offset > start.offset, start.file != nil,
           let invocationEnd = macroInvocationEnd(start), spelled.offset < invocationEnd {
            // A macro argument: its text is at the use, inside the macro's parentheses.
            let spelledEnd = spelling(endLocation)
            if spelledEnd.file == spelled.file, spelledEnd.offset >= spelled.offset {
                return Place(start: spelled, end: spelledEnd)
            }
            return Place(start: spelled, end: spelled)
        }
        if end.file != start.file || end.offset < start.offset { end = start }
        return Place(start: start, end: end)
    }

    func range(_ cursor: Cursor) -> RandLintCore.SourceRange { place(cursor).range }

    /// The end offset of the macro use starting at `location` (`NAME` or `NAME(…)`), from the text;
    /// text spelled inside it (and not in the macro's definition) is a macro argument.
    func macroInvocationEnd(_ location: FileLocation) -> Int? {
        guard let name = identifier(at: location), let key = key(of: location.file), let t = fileText(key) else { return nil }
        var i = location.offset + name.utf8.count
        while i < t.count, t[i] == 0x20 || t[i] == 0x09 || t[i] == 0x0A || t[i] == 0x0D || t[i] == 0x5C { i += 1 }
        guard i < t.count, t[i] == 0x28 else { return i }
        var depth = 0
        while i < t.count {
            if t[i] == 0x28 { depth += 1 }
            else if t[i] == 0x29 { depth -= 1; if depth == 0 { return i + 1 } }
            else if t[i] == 0x22 || t[i] == 0x27 {
                let quote = t[i]
                i += 1
                while i < t.count, t[i] != quote { if t[i] == 0x5C { i += 1 }; i += 1 }
            }
            i += 1
        }
        return nil
    }

    /// The source text of a cursor (trimmed), when its place is in a file we have text for.
    func text(_ cursor: Cursor) -> String {
        text(place(cursor))
    }

    func text(_ place: Place) -> String {
        guard let key = key(of: place.start.file), let file = file(key), place.end.offset <= file.text.count,
              place.start.offset < place.end.offset else { return "" }
        let bytes = UnsafeBufferPointer(rebasing: file.text[place.start.offset..<place.end.offset])
        return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The identifier that starts at `location`, if any.
    func identifier(at location: FileLocation) -> String? {
        guard let key = key(of: location.file), let file = file(key), location.offset < file.text.count else { return nil }
        var i = location.offset
        func isIdentifier(_ b: UInt8, first: Bool) -> Bool { first ? IdentifierBytes.isStart(b) : IdentifierBytes.isPart(b) }
        guard isIdentifier(file.text[i], first: true) else { return nil }
        while i < file.text.count, isIdentifier(file.text[i], first: i == location.offset) { i += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: file.text[location.offset..<i]), as: UTF8.self)
    }

    /// The text between two offsets of one file without whitespace and comments (an operator).
    func code(in key: Int, from: Int, to: Int) -> String {
        guard let file = file(key), from <= to, to <= file.text.count else { return "" }
        var out: [UInt8] = []
        var i = from
        let t = file.text
        while i < to {
            if t[i] == 0x2F, i + 1 < to, t[i + 1] == 0x2A { // /* */
                i += 2
                while i + 1 < to, !(t[i] == 0x2A && t[i + 1] == 0x2F) { i += 1 }
                i += 2
                continue
            }
            if t[i] == 0x2F, i + 1 < to, t[i + 1] == 0x2F { // //
                while i < to, t[i] != 0x0A { i += 1 }
                continue
            }
            if t[i] != 0x20, t[i] != 0x09, t[i] != 0x0A, t[i] != 0x0D, t[i] != 0x5C { out.append(t[i]) }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Functions

    func function(_ cursor: Cursor) -> Function {
        unknownSplits = [:]
        let name = cursor.spelling
        let extent = place(cursor)
        currentFunctionFile = key(of: extent.start.file) ?? 0
        currentFunctionRange = extent.start.offset..<max(extent.start.offset, extent.end.offset)
        let children = cursor.children
        currentFunctionName = name
        currentFunctionBody = children.last(where: { $0.kind == CursorKind.compoundStmt })
        var parameters: [Parameter] = []
        var body: [Step] = []
        for child in children where child.kind == CursorKind.parmDecl {
            let parameter = Parameter(name: child.spelling, type: child.typeSpelling)
            parameters.append(parameter)
            if hasKeyType(child), !parameter.name.isEmpty {
                body.append(.event(Event(kind: .bindKey, range: range(child), binds: [parameter.name])))
            }
        }
        if let compound = children.last(where: { $0.kind == CursorKind.compoundStmt }) {
            statement(compound, &body)
        }
        if !unknownSplits.isEmpty { body = patchSplits(body) }
        return Function(name: name, kind: .function, isEntryPoint: name == "main" || extraEntryPoints.contains(name),
                        parameters: parameters, range: range(cursor), body: body)
    }

    /// Fills in the binds of splits whose count was not a literal: the literal indexes used later.
    private func patchSplits(_ steps: [Step]) -> [Step] {
        steps.map { step in
            switch step {
            case .event(var event):
                if event.kind == .split, let marker = event.binds.first, marker.hasPrefix(Self.pendingSplit) {
                    let base = String(marker.dropFirst(Self.pendingSplit.count))
                    event.binds = (unknownSplits[base] ?? []).sorted().map { "\(base)[\($0)]" }
                }
                return .event(event)
            case .branch(var branch):
                branch.arms = branch.arms.map { Branch.Arm(steps: patchSplits($0.steps), fallsThrough: $0.fallsThrough) }
                return .branch(branch)
            case .loop(var loop):
                loop.body = patchSplits(loop.body)
                return .loop(loop)
            case .exit:
                return step
            }
        }
    }

    // MARK: - Types and names

    func isKeyType(_ spelling: String) -> Bool {
        guard !index.keyTypes.isEmpty else { return false }
        var words = spelling.split(separator: " ").filter { $0 != "const" && $0 != "volatile" && $0 != "restrict" }
        if words.count == 1, let word = words.popLast() { return index.keyTypes.contains(String(word)) }
        return false
    }

    /// Whether an expression or declaration has a key type, directly or through typedefs of it
    /// (`typedef rk_key stream_key;`). Key types are typedef names, so other type kinds are
    /// rejected without asking libclang for the spelling.
    func hasKeyType(_ cursor: Cursor) -> Bool {
        guard !index.keyTypes.isEmpty else { return false }
        var type = cursor.type
        for _ in 0..<8 { // typedef chains are short; the bound keeps a malformed one finite
            let kind = rlc_type_kind(type)
            guard kind == 107 || kind == 119 else { return false } // CXType_Typedef, CXType_Elaborated
            if isKeyType(takeString(rlc_type_spelling(type)) ?? "") { return true }
            type = kind == 107 ? rlc_type_typedef_underlying(type) : rlc_type_named(type)
        }
        return false
    }

    /// Drops implicit conversions and parentheses.
    func strip(_ cursor: Cursor) -> Cursor {
        var c = cursor
        while c.kind == CursorKind.unexposedExpr || c.kind == CursorKind.parenExpr {
            let children = c.children
            guard children.count == 1 else { return c }
            c = children[0]
        }
        return c
    }

    func integerValue(_ cursor: Cursor) -> Int? {
        var value: Int64 = 0
        guard rlc_evaluate_int(cursor.raw, &value) != 0 else { return nil }
        return Int(value)
    }

    /// The name of the key an expression denotes (`k`, `sub[0]`, `sub[i]`, `s.key`, `p->key`), if it
    /// is a key. A non-literal index binds a fresh key (`bindKey sub[i]`) right before the use when
    /// `out` is given.
    func keyName(_ expression: Cursor, _ out: inout [Step], bindIndex: Bool = true) -> String? {
        let e = strip(expression)
        guard hasKeyType(e) else { return nil }
        switch e.kind {
        case CursorKind.declRefExpr:
            return e.spelling
        case CursorKind.arraySubscriptExpr:
            let children = e.children
            guard children.count == 2 else { return nil }
            let base = strip(children[0])
            let baseName = base.kind == CursorKind.declRefExpr ? base.spelling : text(base)
            guard !baseName.isEmpty else { return nil }
            let indexExpression = strip(children[1])
            if indexExpression.kind == CursorKind.integerLiteral, let value = integerValue(indexExpression) {
                unknownSplits[baseName]?.insert(value)
                return "\(baseName)[\(value)]"
            }
            let name = "\(baseName)[\(text(indexExpression))]"
            if bindIndex {
                expressionSteps(children[1], &out)
                out.append(.event(Event(kind: .bindKey, range: range(e), binds: [name])))
            }
            return name
        case CursorKind.memberRefExpr, CursorKind.unaryOperator:
            let written = text(e)
            return written.isEmpty ? nil : written
        default:
            return nil
        }
    }

    /// The base array a split writes into: `sub`, `&sub[0]`, a pointer parameter `out`.
    func splitOutput(_ expression: Cursor) -> String? {
        var e = strip(expression)
        if e.kind == CursorKind.unaryOperator, text(e).hasPrefix("&"), let inner = e.children.first {
            e = strip(inner)
            if e.kind == CursorKind.arraySubscriptExpr, let base = e.children.first { e = strip(base) }
        }
        switch e.kind {
        case CursorKind.declRefExpr: return e.spelling
        case CursorKind.memberRefExpr: let t = text(e); return t.isEmpty ? nil : t
        default: return nil
        }
    }
}
