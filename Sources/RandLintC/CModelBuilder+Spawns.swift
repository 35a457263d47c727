import CLibClang
import RandLintCore

extension CModelBuilder {
    /// A call of a `concurrent` API (`pthread_create`, `thrd_create`): the functions it may start,
    /// and where.
    struct SpawnSite {
        var routines: Set<String>
        var spawn: Spawn
        var file: Int
    }

    /// Records the start routines a `concurrent` call passes: functions named in its arguments,
    /// directly, through casts and `?:`, or through a local function pointer assigned in the
    /// current function.
    func recordSpawn(api: API, site: RandLintCore.SourceRange, arguments: [Cursor]) {
        var routines = Set<String>()
        for argument in arguments { functionNames(in: argument, into: &routines, followVariables: true) }
        if !routines.isEmpty { spawnSites.append(SpawnSite(routines: routines, spawn: Spawn(api: api.name, range: site), file: currentFunctionFile)) }
    }

    /// Records that the current function calls a project function (for one-level start routines).
    func recordCallee(_ call: Cursor) {
        let callee = call.referenced
        guard callee.kind == CursorKind.functionDecl, isUserDefined(callee) else { return }
        callees[currentFunctionName, default: []].insert(callee.spelling)
    }

    private func functionNames(in cursor: Cursor, into names: inout Set<String>, followVariables: Bool) {
        if cursor.kind == CursorKind.declRefExpr {
            let referenced = cursor.referenced
            if referenced.kind == CursorKind.functionDecl {
                names.insert(referenced.spelling)
            } else if followVariables, referenced.kind == CursorKind.varDecl, let body = currentFunctionBody {
                assignedFunctions(to: referenced.spelling, in: body, into: &names)
            }
            return
        }
        if cursor.kind == CursorKind.callExpr { return } // a call's result is not a function we can name
        for child in cursor.children { functionNames(in: child, into: &names, followVariables: followVariables) }
    }

    /// Function names stored into local `name` anywhere in `cursor` (its initializer, `name = f`).
    private func assignedFunctions(to name: String, in cursor: Cursor, into names: inout Set<String>) {
        for child in cursor.children {
            if child.kind == CursorKind.varDecl, child.spelling == name {
                for part in child.children { functionNames(in: part, into: &names, followVariables: false) }
            } else if child.kind == CursorKind.binaryOperator, let target = child.children.first,
                      strip(target).kind == CursorKind.declRefExpr, strip(target).spelling == name, child.children.count == 2 {
                functionNames(in: child.children[1], into: &names, followVariables: false)
            }
            assignedFunctions(to: name, in: child, into: &names)
        }
    }

    /// Marks the start routines of this file's spawn sites, and the project functions they call
    /// (one level), as running on other threads. A routine spawned at two sites keeps the first.
    func markSpawned(_ functions: [Int: [Function]]) -> [Int: [Function]] {
        var marked = functions
        let sites = spawnSites.sorted { ($0.spawn.range.start.line, $0.spawn.range.start.column) < ($1.spawn.range.start.line, $1.spawn.range.start.column) }
        for site in sites {
            guard var list = marked[site.file] else { continue }
            for i in list.indices where list[i].spawn == nil && site.routines.contains(list[i].name) {
                list[i].spawn = site.spawn
            }
            for routine in site.routines.sorted() {
                for i in list.indices where list[i].spawn == nil && callees[routine]?.contains(list[i].name) == true {
                    list[i].spawn = Spawn(api: site.spawn.api, range: site.spawn.range, via: routine)
                }
            }
            marked[site.file] = list
        }
        return marked
    }
}

extension CModelBuilder {
    /// An OpenMP directive whose statement runs on several threads.
    struct OpenMPDirective {
        var name: String
        /// Every thread of the team runs the statement (`parallel`, `teams`), rather than sharing
        /// its iterations or running it as one task.
        var everyThread: Bool
        var range: RandLintCore.SourceRange
    }

    static let openMPDirectiveWords: Set<String> = ["parallel", "for", "sections", "master", "masked", "loop", "simd",
                                                      "target", "teams", "distribute", "task", "taskloop"]

    /// The `#pragma omp …` line right before a statement, when it starts concurrent code. libclang
    /// shows OpenMP regions only when parsing with `-fopenmp`, and even then hides their bodies, so
    /// the directive is read from the text: the line just above the statement's first token.
    func openMPDirective(before cursor: Cursor) -> OpenMPDirective? {
        let start = place(cursor).start
        guard let key = key(of: start.file), let t = fileText(key), start.offset <= t.count else { return nil }
        var j = start.offset - 1
        while j >= 0, t[j] == 0x20 || t[j] == 0x09 || t[j] == 0x0A || t[j] == 0x0D { j -= 1 }
        guard j >= 0 else { return nil }
        var lineStart = j
        while lineStart > 0, t[lineStart - 1] != 0x0A { lineStart -= 1 }
        // a directive continued over lines (`#pragma omp parallel \` / `num_threads(4)`)
        while lineStart >= 2, t[lineStart - 1] == 0x0A, t[lineStart - 2] == 0x5C || (t[lineStart - 2] == 0x0D && lineStart >= 3 && t[lineStart - 3] == 0x5C) {
            lineStart -= 1
            while lineStart > 0, t[lineStart - 1] != 0x0A { lineStart -= 1 }
        }
        let line = String(decoding: UnsafeBufferPointer(rebasing: t[lineStart...j]), as: UTF8.self)
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "#" || $0 == "(" || $0 == "\\" || $0 == "\n" || $0 == "\r" }).map(String.init)
        guard line.drop(while: { $0 == " " || $0 == "\t" }).first == "#", words.count >= 3, words[0] == "pragma", words[1] == "omp"
        else { return nil }
        let directive = Array(words.dropFirst(2).prefix(while: { Self.openMPDirectiveWords.contains($0) }))
        guard let first = directive.first,
              directive.contains("parallel") || directive.contains("teams") || first == "task" || first == "taskloop" else { return nil }
        let everyThread = directive == ["parallel"] || directive == ["teams"] || directive == ["target", "parallel"] || directive == ["target", "teams"]
        var column = 1
        var k = lineStart
        while k < j, t[k] == 0x20 || t[k] == 0x09 { k += 1; column += 1 }
        let lineNumber = start.line - t[lineStart..<start.offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
        var end = k
        while end <= j, t[end] != 0x0A, t[end] != 0x0D, t[end] != 0x5C { end += 1 }  // the directive's first line
        while end > k, t[end - 1] == 0x20 || t[end - 1] == 0x09 { end -= 1 }
        let range = RandLintCore.SourceRange(start: SourcePosition(line: lineNumber, column: column, offset: k),
                                             end: SourcePosition(line: lineNumber, column: column + (end - k), offset: end))
        return OpenMPDirective(name: directive.joined(separator: " "), everyThread: everyThread, range: range)
    }
}
