import Foundation
import RandLintCore
import RandLintRules

/// `.randlint.yml`: the project's settings, found from the working directory upward (the first
/// file found wins; `--config FILE` names one). It is data only: reading it, or the catalogs it
/// names, never runs anything from the repository.
///
/// ```yaml
/// rules:                        # per rule: off | warning | error (opt-in rules are enabled by a level)
///   global-seed: error
///   key-created-inside: off
///   unused-suppression: warning
/// include: [Sources, Tests]     # globs relative to this file's folder; default: everything
/// exclude: ["**/Generated/**", "*.pb.swift"]
/// entry-points: [setUpSimulation, Simulator.run]
/// catalogs: [tools/randlint/mylib.yml]
/// custom-rules:
///   - id: no-legacy-random
///     call: legacy_random
///     message: legacy_random draws from the shared legacy generator
///     level: error
///     languages: [c]
///     help: "draw from a key instead: rk_uniform(key)"
/// c:
///   flags: [-Iinclude, -DNDEBUG]
///   compile-commands: build
///   required: false             # no libclang here: C files not analyzed do not fail the run
/// ```
public struct Configuration: Sendable {
    public static let fileName = ".randlint.yml"

    /// A rule's setting under `rules:`.
    public enum RuleSetting: String, Sendable, CaseIterable {
        case off, warning, error

        public var level: Level? { self == .off ? nil : Level(rawValue: rawValue) }
    }

    /// `custom-rules:` entry: a rule without code that flags every call to `call`.
    public struct CustomRule: Sendable {
        public var id: String
        public var call: String
        public var message: String
        public var level: Level
        public var languages: [Language]
        public var help: String
        /// The entry's line in the configuration file.
        public var line: Int
    }

    /// The file, as found or given.
    public var path: String
    /// Its folder, absolute: globs, catalogs and `compile-commands` are relative to it.
    public var directory: String
    public var rules: [String: RuleSetting] = [:]
    public var include: [String] = []
    public var exclude: [String] = []
    public var entryPoints: [String] = []
    /// Extra catalog files, absolute paths, already validated.
    public var catalogs: [String] = []
    public var customRules: [CustomRule] = []
    public var cFlags: [String] = []
    /// `c.compile-commands`, absolute.
    public var compileCommands: String?
    /// `c.required` (default true): when false, C files are reported as not analyzed on a machine
    /// where libclang cannot be loaded, but the run does not fail (exit 2) over them.
    public var cRequired = true

    public init(path: String, directory: String) {
        self.path = path
        self.directory = directory
    }

    /// The `.randlint.yml` in `directory` or the nearest folder above it, if any.
    public static func find(from directory: String) -> String? {
        var folder = URL(fileURLWithPath: PathFilter.absolute(directory))
        while true {
            let candidate = folder.appendingPathComponent(fileName).path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path || folder.path == "/" { return nil }
            folder = parent
        }
    }

    /// The configuration in force: `explicit` (`--config`) when given, else the one found from
    /// `directory` upward, else nil. Every problem is a `RandLintError` `path:line: message`.
    public static func resolve(explicit: String?, from directory: String = FileManager.default.currentDirectoryPath) throws -> Configuration? {
        if let explicit { return try load(path: explicit) }
        return try find(from: directory).map { try load(path: display($0)) }
    }

    /// Reads and validates a configuration file.
    public static func load(path: String) throws -> Configuration {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw RandLintError("\(path): no such configuration file")
        }
        guard case .success(let bytes) = SourceReader.read(path) else { throw RandLintError("\(path): cannot read the configuration file") }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw RandLintError("\(path): not valid UTF-8") }
        let directory = URL(fileURLWithPath: PathFilter.absolute(path)).deletingLastPathComponent().path
        return try parse(text, path: path, directory: directory)
    }

    /// Merges the settings that are plain options into `options` (command-line values win or add):
    /// entry points, catalogs, C flags and compile database; the rest (rule levels, globs, custom
    /// rules) travel as `options.configuration`.
    public func apply(to options: inout LintOptions) {
        options.configuration = self
        options.extraEntryPoints = entryPoints + options.extraEntryPoints
        options.cFlags = cFlags + options.cFlags
        if options.compileDatabase == nil { options.compileDatabase = compileCommands }
    }

    /// A path relative to the working directory when the file lies below it (for messages).
    public static func display(_ absolute: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }

    /// The rules a run can use: the built-in ones plus this configuration's custom rules.
    public static func availableRules(_ configuration: Configuration?) -> [Rule] {
        (allRules + (configuration?.customRules.map(\.rule) ?? [])).sorted { $0.id < $1.id }
    }
}

extension Configuration.CustomRule {
    /// The catalog entry that makes the front ends emit a `call` event for `call`: a free function
    /// (C, Swift `name(…)`), a Swift member on any value (`.name`) or on a named base (`Type.name`).
    public var api: API {
        let parts = call.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let name = parts.last ?? call
        let receiver = parts.count > 1 ? parts.dropLast().joined(separator: ".") : ""
        let member = parts.count > 1
        return API(name: name, kind: .call, catalog: "custom-rules", languages: member ? languages.filter { $0 == .swift } : languages,
                   member: member, receiver: receiver.isEmpty ? [] : [String(receiver.split(separator: ".").last!)], line: line)
    }

    /// The rule value: it reports every `call` event of its API name.
    public var rule: Rule {
        let name = api.name
        let message = self.message
        return Rule(
            id: id, level: level,
            summary: message,
            rationale: "A custom rule of the project's \(Configuration.fileName): it flags every call to `\(call)`, the way the project asked.",
            help: Dictionary(uniqueKeysWithValues: languages.map { ($0, help) }),
            triggering: [], nonTriggering: [],
            startsOn: [.call],
            check: { function, pass in
                EventWalk.forEach(function.body) { event, _ in
                    guard event.kind == .call, event.api == name else { return }
                    pass.report(at: event.range, message)
                }
            })
    }
}
