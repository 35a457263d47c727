import Dispatch
import Foundation
import RandLintC
import RandLintCore
import RandLintRules
import RandLintSwift

/// The engine: discovery → prefilter → front end → rules → suppression, in parallel, with
/// deterministic output. One `Linter` loads catalogs and rules once and can lint many times
/// (the LSP server keeps one).
public final class Linter: @unchecked Sendable {
    public let options: LintOptions
    public let rules: [Rule]
    public let catalogs: CatalogSet
    /// What the Swift prefilter looks for besides the project's generator types.
    private let swiftNames: (calls: Set<String>, keyTypes: Set<String>)
    private let startsOnGenerators: Bool
    /// The declaration pass's result (computed once, on first use; see `projectFacts()`).
    private var cachedFacts: (facts: ProjectFacts, prefilter: Prefilter)?
    private let factsLock = NSLock()
    private let swift: SwiftFrontEnd
    private let c: LazyCFrontEnd
    private let cFlags: CompileFlags?
    /// Why the compile database cannot be used, when it cannot: every C file is then a problem.
    private let cFlagsError: RandLintError?
    /// `c.required` (default true): false makes "libclang could not be loaded" a skip, not a problem.
    private let cRequired: Bool
    /// What the C prefilter looks for (see `CatalogSet.prefilterNames`).
    private let cNames: (calls: Set<String>, keyTypes: Set<String>)
    private let root: String
    /// Every rule id a suppression comment may name (built-in and custom), sorted.
    public let knownRuleIDs: [String]
    /// The running rule that reads disable comments (`unused-suppression`), when it is enabled:
    /// its findings come from the engine, not a check.
    private let unusedSuppression: Rule?
    private let pathFilter: PathFilter?
    private let baseline: Baseline?

    public init(options: LintOptions) throws {
        self.options = options
        self.root = options.root ?? FileManager.default.currentDirectoryPath
        var catalogs = try BuiltinCatalogs.load()
        let configuration = options.configuration
        for path in options.extraCatalogs + (configuration?.catalogs ?? []) {
            guard case .success(let bytes) = SourceReader.read(path), let text = String(validating: bytes, as: UTF8.self) else {
                throw RandLintError("\(path): cannot read catalog file")
            }
            catalogs.append(try Catalog.parse(text, path: path))
        }
        if let configuration, !configuration.customRules.isEmpty {
            catalogs.append(Catalog(name: "custom-rules", path: configuration.path, languages: Language.allCases, generators: [:],
                                    keyTypes: [], apis: configuration.customRules.map(\.api)))
        }
        self.catalogs = CatalogSet(catalogs)
        self.rules = try Self.selectRules(select: options.select, ignore: options.ignore, enable: options.enable, configuration: configuration)
        self.knownRuleIDs = Configuration.availableRules(configuration).map(\.id)
        self.unusedSuppression = rules.first { $0.reads == .disableComments }
        self.pathFilter = configuration.map { PathFilter(directory: $0.directory, include: $0.include, exclude: $0.exclude) }
        self.baseline = try options.baseline.map(Baseline.load(path:))
        let startsOn = rules.reduce(into: Set<API.Kind>()) { $0.formUnion($1.startsOn) }
        self.swiftNames = self.catalogs.prefilterNames(in: .swift, startingOn: startsOn)
        self.startsOnGenerators = startsOn.contains(.makeGenerator)
        self.cNames = self.catalogs.prefilterNames(in: .c, startingOn: startsOn)
        self.swift = SwiftFrontEnd(catalogs: self.catalogs, extraEntryPoints: options.extraEntryPoints,
                                   parses: options.reparsesIncrementally ? SwiftParses() : nil)
        // A compile database that cannot be read is reported when a C file needs it (a Swift-only
        // run does not fail over it); the prefilter then follows includes without it.
        let cFlags = Result { try CompileFlags(compileDatabase: options.compileDatabase, extra: options.cFlags) }
        self.cFlags = try? cFlags.get()
        if case .failure(let error) = cFlags { self.cFlagsError = (error as? RandLintError) ?? RandLintError("\(error)") } else { self.cFlagsError = nil }
        self.cRequired = configuration?.cRequired ?? true
        let catalogSet = self.catalogs
        self.c = LazyCFrontEnd {
            try CFrontEnd(catalogs: catalogSet, extraEntryPoints: options.extraEntryPoints, flags: cFlags.get())
        }
    }

    /// The rules a run uses. `--select` names exactly the rules to run; otherwise the default
    /// rules run, minus those the configuration turns `off`, plus opt-in rules the configuration
    /// gives a level or `--enable` names. `--ignore` removes rules last. Configured levels then
    /// replace the rules' default levels.
    static func selectRules(select: [String]?, ignore: [String], enable: [String] = [], configuration: Configuration? = nil) throws -> [Rule] {
        let available = Configuration.availableRules(configuration)
        let known = available.map(\.id)
        for id in (select ?? []) + ignore + enable where !known.contains(id) {
            throw RandLintError("unknown rule '\(id)'\(DidYouMean.suggestion(for: id, among: known)); `randlint rules` lists them")
        }
        let settings = configuration?.rules ?? [:]
        return available.compactMap { rule -> Rule? in
            let enabled: Bool
            if let select { enabled = select.contains(rule.id) }
            else if enable.contains(rule.id) { enabled = true }
            else if let setting = settings[rule.id] { enabled = setting != .off }
            else { enabled = rule.enabledByDefault }
            guard enabled, !ignore.contains(rule.id) else { return nil }
            var rule = rule
            if let level = settings[rule.id]?.level { rule.level = level }
            return rule
        }
    }

    /// Lints `options.paths`.
    ///
    /// Headers are analyzed once per run: each C file's parse also models the project headers it
    /// includes, and a header's model is taken from the first file (in path order) that included
    /// it, so the result does not depend on thread timing. Headers no C file included are then
    /// parsed on their own.
    public func lint() -> LintReport {
        let started = Date()
        let discovered = Discovery(root: root, filter: pathFilter, forceExclude: options.forceExclude).files(for: options.paths)
        // before the workers start (they all read it), and only when a Swift file needs it
        if discovered.files.contains(where: { Language(path: $0.path) == .swift }) { _ = projectFacts() }
        let sources = discovered.files.filter { !$0.shown.hasSuffix(".h") }
        let progress = options.progress.map { ProgressCounter(total: discovered.files.count, report: $0) }
        let includes = IncludePrefilter(calls: cNames.calls, types: cNames.keyTypes, flags: cFlags,
                                        linted: Set(discovered.files.map { IncludePrefilter.absolute($0.path) }))
        includes.assignIncluders(sources.filter { Language(path: $0.path) == .c }.map(\.path), jobs: jobCount(sources.count))
        var results = analyzeInParallel(sources, includes: includes, progress: progress)
        var headerModels: [String: FileModel] = [:]
        for result in results {
            for model in result.headers where headerModels[model.path] == nil { headerModels[model.path] = model }
        }
        let headers = discovered.files.filter { $0.shown.hasSuffix(".h") && headerModels[$0.shown] == nil }
        results += analyzeInParallel(headers, includes: includes, progress: progress)
        progress?.finish()
        for result in results {
            for model in result.headers where headerModels[model.path] == nil { headerModels[model.path] = model }
        }
        let claimed = Set(results.map(\.path))
        let unclaimed = headerModels.sorted(by: { $0.key < $1.key }).filter { !claimed.contains($0.key) }
        results += LargeStack.run { unclaimed.map { self.check($0.value, source: (try? Self.read($0.key)) ?? "") } }

        var report = LintReport(findings: [], rules: rules, problems: discovered.problems, notes: discovered.notes, filesAnalyzed: 0, filesParsed: 0, root: root)
        var missingHeaders = 0, cUnavailable: RandLintError?
        var inactiveCalls: [InactiveBranches.Call] = []
        var notAnalyzed = Set<String>()
        for result in results {
            report.findings += result.findings
            report.problems += result.problems
            report.skipped += result.skipped
            for problem in result.problems + result.skipped { notAnalyzed.insert(problem.path) }
            report.notes += result.notes
            if result.parsed { report.filesParsed += 1 }
            if !result.notes.isEmpty { report.filesPartiallyParsed += 1 }
            missingHeaders += result.missingHeaders
            inactiveCalls += result.inactiveCalls
            if let error = result.cUnavailable { cUnavailable = error }
            if !result.findings.isEmpty { report.sources[result.path] = result.source }
            if let fixed = result.fixed { report.fixedFiles.append(fixed) }
            if options.applyFixes != nil { report.notes += result.fixNotes }
        }
        report.filesNotAnalyzed = notAnalyzed.count
        report.filesAnalyzed = discovered.files.count - notAnalyzed.count
        if let cUnavailable {
            report.notes.append(cUnavailable.description + (cRequired
                ? "; on machines without libclang, `c: {required: false}` in \(Configuration.fileName) lets a run pass without C analysis"
                : ""))
        }
        if let missing = cFlags?.missingDirectories, !missing.isEmpty, discovered.files.contains(where: { Language(path: $0.path) == .c }) {
            report.notes.append("the compile database names folders that do not exist: \(missing.joined(separator: ", ")); its entries there do not match the files linted, or their relative flags (-I) lead nowhere")
        }
        if let note = InactiveBranches.note(inactiveCalls) { report.notes.append(note) }
        if missingHeaders > 0 { report.notes.append("\(missingHeaders) included header(s) not found; analysis went on without them (pass flags with -p or c.flags)") }
        report.findings.sort()
        report.problems.sort()
        if let baseline {
            let (kept, hidden) = baseline.filter(report.findings, sources: report.sources)
            report.findings = kept
            if hidden > 0 { report.notes.append("\(hidden) finding(s) hidden by the baseline \(options.baseline ?? "")") }
        }
        report.elapsedSeconds = Date().timeIntervalSince(started)
        return report
    }

    /// Worker threads for `count` files: `--jobs`, or one per core, and never more than files.
    private func jobCount(_ count: Int) -> Int {
        max(1, min(options.jobs > 0 ? options.jobs : ProcessInfo.processInfo.activeProcessorCount, count))
    }

    private func analyzeInParallel(_ files: [Discovery.File], includes: IncludePrefilter, progress: ProgressCounter?) -> [FileResult] {
        guard !files.isEmpty else { return [] }
        let jobs = jobCount(files.count)
        let results = Slots<FileResult>(count: files.count)
        LargeStack.perform(jobs: jobs, count: files.count) { index in
            results.set(index, self.analyzeFile(files[index], includes: includes))
            progress?.step()
        }
        return results.values
    }

    /// Lints one file's text (the LSP server passes unsaved editor text). A file the
    /// configuration's include/exclude globs leave out gets no findings, as with `--force-exclude`.
    /// The editor closed the document at `path`: its last parse is not kept any longer.
    public func documentClosed(path: String) {
        swift.parses?.forget(path: path)
    }

    public func lint(path: String, source: String) -> [Finding] { lintDocument(path: path, source: source).findings }

    /// `lint(path:source:)`, and why the text could not be analyzed when it could not (nested too
    /// deeply, no libclang, an unusable compile database, libclang could not parse it); nil when
    /// it was, or when the configuration allows the cause (`c.required: false`).
    /// With `fixes` false, no finding carries a fix (an editor publishes diagnostics on every
    /// keystroke, and asks for fixes only when the user looks at one).
    public func lintDocument(path: String, source: String, fixes: Bool = true) -> (findings: [Finding], notAnalyzed: String?) {
        if let pathFilter, pathFilter.isExcluded(path) || !pathFilter.isIncluded(path) { return ([], nil) }
        let depth = NestingEstimate.depth(Array(source.utf8))
        guard depth <= NestingEstimate.limit else {
            return ([], "code nested about \(depth) levels deep (more than \(NestingEstimate.limit)); the file was not analyzed")
        }
        let language = Language(path: path) ?? .swift
        if language == .c {
            let includes = IncludePrefilter(calls: cNames.calls, types: cNames.keyTypes, flags: cFlags, linted: [])
            if let problem = specialHeaderProblem(path: path, bytes: Array(source.utf8), includes: includes) { return ([], problem) }
        }
        return LargeStack.run {
            let result = self.analyze(path: path, source: source, language: language, offeringFixes: fixes)
            let findings = (result.findings + result.headers.flatMap {
                self.check($0, source: (try? Self.read($0.path)) ?? "").findings
            }).sorted()
            let reason = result.problems.first.map { problem in result.cUnavailable?.description ?? problem.message }
            return (findings, reason)
        }
    }

    /// The program model of one file, as the rules see it (`randlint dump-model`).
    public func model(path: String) throws -> FileModel {
        guard let language = Language(path: path) else { throw RandLintError("\(path): not a Swift or C source file") }
        let source = try Self.read(path)
        let depth = NestingEstimate.depth(Array(source.utf8))
        guard depth <= NestingEstimate.limit else {
            throw RandLintError("\(path): code nested about \(depth) levels deep (more than \(NestingEstimate.limit)); the file was not analyzed")
        }
        return try LargeStack.run { Result { try self.buildModel(path: path, source: source, language: language) } }.get()
    }

    private func buildModel(path: String, source: String, language: Language) throws -> FileModel {
        switch language {
        case .swift: return swift.model(path: path, source: source, facts: projectFacts().facts)
        case .c:
            let parsed = try c.get().get().models(path: path, source: source)
            if let error = parsed.error { throw RandLintError("\(path): \(error)") }
            return parsed.models[0]
        }
    }

    struct FileResult {
        var path = ""
        var findings: [Finding] = []
        /// C: models of the project headers the file included (their rules run once, later).
        var headers: [FileModel] = []
        var missingHeaders = 0
        /// libclang could not be loaded (the reason, once per run, is a note).
        var cUnavailable: RandLintError?
        /// Not analyzed: a problem (exit 2), or a skip the configuration allows.
        var problems: [LintReport.Problem] = []
        var skipped: [LintReport.Problem] = []
        /// Calls the parser dropped (see `DroppedCalls`).
        var notes: [String] = []
        /// C: catalog calls in branches the preprocessor left out (see `InactiveBranches`).
        var inactiveCalls: [InactiveBranches.Call] = []
        var parsed = false
        var source = ""
        /// Errors the parser recovered from (a fix must not add any).
        var parseErrors = 0
        /// With `LintOptions.applyFixes`: the fixed text, when fixes changed it.
        var fixed: LintReport.FixedFile?
        /// Fixes that were not applied, and why.
        var fixNotes: [String] = []
    }

    /// The declaration pass: named constants and generator types of every Swift file of the
    /// project (the configuration's folder, or the working directory), whatever paths are
    /// linted, so pre-commit, the editor and CI see the same facts. Files are scanned in
    /// parallel and merged in path order; the result is computed once per `Linter`.
    func projectFacts() -> (facts: ProjectFacts, prefilter: Prefilter) {
        factsLock.lock()
        defer { factsLock.unlock() }
        if let cachedFacts { return cachedFacts }
        let files = Discovery(root: root, filter: pathFilter, forceExclude: true).files(for: [root]).files
            .filter { $0.path.hasSuffix(".swift") }
        let slots = Slots<SwiftDeclarations>(count: files.count)
        let jobs = jobCount(files.count)
        LargeStack.perform(jobs: jobs, count: files.count) { index in
            guard case .success(let bytes) = SourceReader.read(files[index].path), case .success(let text) = TextCheck.text(bytes),
                  NestingEstimate.depth(bytes) <= NestingEstimate.limit else { return }
            slots.set(index, SwiftDeclarations.scan(text))
        }
        let facts = SwiftDeclarations.facts(slots.values)
        var types = swiftNames.keyTypes
        if startsOnGenerators { types.formUnion(facts.generatorTypes.keys) }
        let result = (facts, Prefilter(calls: swiftNames.calls, types: types))
        cachedFacts = result
        return result
    }

    private func analyzeFile(_ file: Discovery.File, includes: IncludePrefilter) -> FileResult {
        let path = file.shown
        let bytes: [UInt8]
        switch SourceReader.read(file.path) {
        case .success(let read): bytes = read
        case .failure(let error): return FileResult(path: path, problems: [.init(path: path, message: error.description)])
        }
        let source: String
        switch TextCheck.text(bytes) {
        case .success(let text): source = text
        case .failure(let error): return FileResult(path: path, problems: [.init(path: path, message: error.description)])
        }
        let language = Language(path: path) ?? .swift
        let interesting = language == .c ? includes.matches(path: file.path, bytes: bytes) : projectFacts().prefilter.matches(bytes)
        let hadByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        guard interesting else {
            // No finding is possible, but with unused-suppression on, its disable comments are all unused.
            guard unusedSuppression != nil, Suppressions.mayHaveDirectives(source) else { return FileResult(path: path) }
            var result = check(FileModel(path: path, language: language, functions: []), source: source,
                               fixes: FixContext(path: path, language: language, location: file.path, checking: true))
            result.parsed = false
            guard let level = options.applyFixes else { return result }
            return applyingFixes(result, upTo: level, path: path, source: source, language: language, location: file.path,
                                 hadByteOrderMark: hadByteOrderMark)
        }
        if language == .c, let problem = specialHeaderProblem(path: file.path, bytes: bytes, includes: includes) {
            return FileResult(path: path, problems: [.init(path: path, message: problem)])
        }
        let depth = NestingEstimate.depth(bytes)
        guard depth <= NestingEstimate.limit else {
            return FileResult(path: path, problems: [.init(path: path, message: "code nested about \(depth) levels deep (more than \(NestingEstimate.limit)); the file was not analyzed")])
        }
        let result = analyze(path: path, source: source, language: language, location: file.path)
        guard let level = options.applyFixes else { return result }
        return applyingFixes(result, upTo: level, path: path, source: source, language: language, location: file.path,
                             hadByteOrderMark: hadByteOrderMark)
    }

    /// Why a C file cannot be parsed when it includes a project header that is a FIFO (libclang
    /// would wait on it forever), or nil.
    private func specialHeaderProblem(path: String, bytes: [UInt8], includes: IncludePrefilter) -> String? {
        guard let special = includes.specialHeaders(path: path, bytes: bytes).first else { return nil }
        let kind = SourceReader.specialKind(special) ?? "not a regular file"
        return "includes \(Discovery(root: root).display(special)), which is not a regular file (\(kind)); the file was not analyzed"
    }

    /// `path` is the file as reports show it; `location` is where it is on disk (C includes are
    /// resolved from there, whatever the working directory).
    /// `offeringFixes` false: no finding gets a fix (cheaper: fixes are checked by analyzing the
    /// fixed text again); `checkingFixes` false: fixes are offered unchecked.
    func analyze(path: String, source: String, language: Language, location: String? = nil, checkingFixes: Bool = true,
                 offeringFixes: Bool = true) -> FileResult {
        let fixes = offeringFixes ? FixContext(path: path, language: language, location: location, checking: checkingFixes) : nil
        switch language {
        case .swift:
            let model = swift.model(path: path, source: source, facts: projectFacts().facts)
            var result = check(model, source: source, fixes: fixes)
            result.notes = DroppedCalls.notes(model, source: source, calls: swiftNames.calls)
            return result
        case .c:
            let frontEnd: CFrontEnd
            switch c.get() {
            case .success(let loaded): frontEnd = loaded
            case .failure(let error):
                if let cFlagsError { return FileResult(path: path, problems: [.init(path: path, message: "the compile database cannot be used: \(cFlagsError.description)")]) }
                let message = "C analysis needs libclang, which could not be loaded"
                return cRequired
                    ? FileResult(path: path, cUnavailable: error, problems: [.init(path: path, message: message)])
                    : FileResult(path: path, cUnavailable: error, skipped: [.init(path: path, message: message + " (allowed by c.required: false)")])
            }
            let parsed = frontEnd.models(path: location ?? path, source: source)
            if let error = parsed.error {
                return FileResult(path: path, problems: [.init(path: path, message: "not analyzed: \(error)")])
            }
            var main = parsed.models[0]
            main.path = path
            var result = check(main, source: source, fixes: fixes)
            result.notes = DroppedCalls.notes(main, source: source, calls: cNames.calls)
            result.inactiveCalls = InactiveBranches.calls(path: path, source: source, ranges: parsed.inactiveRanges, names: cNames.calls)
            result.headers = parsed.models.dropFirst().map { model in
                var model = model
                model.path = Discovery(root: root).display(model.path)
                return model
            }
            result.missingHeaders = parsed.missingHeaders
            return result
        }
    }

    /// Runs the rules over one model and applies the file's suppressions. With `fixes`, the
    /// findings' fixes are kept where they hold (see `Fix`); without, no fix is offered (a
    /// header's model, which came from an includer's parse, or an editor's keystroke).
    private func check(_ model: FileModel, source: String, fixes: FixContext? = nil) -> FileResult {
        var findings: [Finding] = []
        let summaries = FunctionSummary.summaries(of: model)
        let file = fixes != nil ? SourceFile(source) : nil
        for rule in rules where rule.reads == .model { findings += RulePass.run(rule, on: model, summaries: summaries, source: file) }
        if !findings.isEmpty || unusedSuppression != nil {
            let suppressions = Suppressions(source: source)
            let used: Set<Suppressions.Use>
            (findings, used) = suppressions.apply(findings)
            if let unusedSuppression {
                findings += suppressions.unused(used: used, running: Set(rules.map(\.id)), known: knownRuleIDs, rule: unusedSuppression,
                                                path: model.path, language: model.language, source: file)
            }
        }
        var result = FileResult(path: model.path, findings: findings, parsed: true, source: findings.isEmpty ? "" : source,
                                parseErrors: model.parseErrors)
        if let fixes, fixes.checking, findings.contains(where: { $0.fix != nil }) { result = holdingFixes(result, source: source, fixes) }
        return result
    }

    static func read(_ path: String) throws -> String {
        do { return try TextCheck.text(SourceReader.read(path).get()).get() }
        catch { throw RandLintError("\(path): \(error.description)") }
    }
}

/// Counts finished files for `LintOptions.progress`.
private final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let report: @Sendable (Int, Int) -> Void

    init(total: Int, report: @escaping @Sendable (Int, Int) -> Void) {
        self.total = total
        self.report = report
    }

    /// Reports under the lock, so the callback sees `done` only grow.
    func step() {
        lock.lock()
        defer { lock.unlock() }
        done = min(done + 1, total)
        report(done, total)
    }

    /// Header models taken from their includers are never analyzed alone: count them done.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if done < total {
            done = total
            report(total, total)
        }
    }
}

/// Hands out indexes to worker threads.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

/// One slot per file, written by whichever thread handled it; read in file order.
final class Slots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] { slots.compactMap { $0 } }
}
