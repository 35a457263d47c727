import Dispatch
import Foundation
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
    private let prefilter: Prefilter
    private let swift: SwiftFrontEnd
    private let root: String

    public init(options: LintOptions) throws {
        self.options = options
        self.root = options.root ?? FileManager.default.currentDirectoryPath
        var catalogs = try BuiltinCatalogs.load()
        for path in options.extraCatalogs {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw RandLintError("\(path): cannot read catalog file")
            }
            catalogs.append(try Catalog.parse(text, path: path))
        }
        self.catalogs = CatalogSet(catalogs)
        self.rules = try Self.selectRules(select: options.select, ignore: options.ignore)
        self.prefilter = Prefilter(names: self.catalogs.prefilterNames)
        self.swift = SwiftFrontEnd(catalogs: self.catalogs, extraEntryPoints: options.extraEntryPoints)
    }

    static func selectRules(select: [String]?, ignore: [String]) throws -> [Rule] {
        let known = allRules.map(\.id)
        for id in (select ?? []) + ignore where !known.contains(id) {
            throw RandLintError("unknown rule '\(id)'\(DidYouMean.suggestion(for: id, among: known)); `randlint rules` lists them")
        }
        return allRules.filter { (select?.contains($0.id) ?? true) && !ignore.contains($0.id) }
    }

    /// Lints `options.paths`.
    public func lint() -> LintReport {
        let started = Date()
        let discovered = Discovery(root: root).files(for: options.paths)
        let files = discovered.files
        let jobs = max(1, min(options.jobs > 0 ? options.jobs : ProcessInfo.processInfo.activeProcessorCount, files.count))
        let results = ResultSlots(count: files.count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while let index = next.take(below: files.count) {
                results.set(index, analyzeFile(files[index]))
            }
        }
        var report = LintReport(findings: [], rules: rules, problems: discovered.problems, filesAnalyzed: files.count, filesParsed: 0, root: root)
        for result in results.values {
            report.findings += result.findings
            report.problems += result.problems
            if result.parsed { report.filesParsed += 1 }
            if !result.findings.isEmpty, let path = result.findings.first?.path { report.sources[path] = result.source }
        }
        report.findings.sort()
        report.problems.sort()
        report.elapsedSeconds = Date().timeIntervalSince(started)
        return report
    }

    /// Lints one file's text (the LSP server passes unsaved editor text).
    public func lint(path: String, source: String) -> [Finding] {
        analyze(path: path, source: source, language: Language(path: path) ?? .swift).findings.sorted()
    }

    /// The program model of one file, as the rules see it (`randlint dump-model`).
    public func model(path: String) throws -> FileModel {
        guard let language = Language(path: path) else { throw RandLintError("\(path): not a Swift or C source file") }
        let source = try Self.read(path)
        switch language {
        case .swift: return swift.model(path: path, source: source)
        case .c: throw RandLintError("\(path): C analysis is not available in this build")
        }
    }

    struct FileResult {
        var findings: [Finding] = []
        var problems: [LintReport.Problem] = []
        var parsed = false
        var source = ""
    }

    private func analyzeFile(_ file: Discovery.File) -> FileResult {
        let path = file.shown
        guard let bytes = FileManager.default.contents(atPath: file.path).map(Array.init) else {
            return FileResult(problems: [.init(path: path, message: "cannot read the file")])
        }
        guard prefilter.matches(bytes) else { return FileResult() }
        guard let source = String(validating: bytes, as: UTF8.self) else {
            return FileResult(problems: [.init(path: path, message: "not valid UTF-8; the file was not analyzed")])
        }
        return analyze(path: path, source: source, language: Language(path: path) ?? .swift)
    }

    private func analyze(path: String, source: String, language: Language) -> FileResult {
        let model: FileModel
        switch language {
        case .swift: model = swift.model(path: path, source: source)
        case .c: return FileResult(problems: [.init(path: path, message: "C analysis is not available in this build; the file was not analyzed")])
        }
        var findings: [Finding] = []
        for rule in rules { findings += RulePass.run(rule, on: model) }
        if !findings.isEmpty {
            let suppressions = Suppressions(source: source)
            findings.removeAll { suppressions.suppresses($0) }
        }
        return FileResult(findings: findings, parsed: true, source: findings.isEmpty ? "" : source)
    }

    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw RandLintError("\(path): cannot read the file") }
        guard let text = String(data: data, encoding: .utf8) else { throw RandLintError("\(path): not valid UTF-8") }
        return text
    }
}

/// Hands out indexes to worker threads.
private final class Counter: @unchecked Sendable {
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

/// One result slot per file, written by whichever thread analyzed it; read in file order.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Linter.FileResult?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Linter.FileResult) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    var values: [Linter.FileResult] { slots.compactMap { $0 } }
}
