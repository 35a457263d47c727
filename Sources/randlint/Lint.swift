import ArgumentParser
import Foundation
import RandLintCore
import RandLintEngine
import RandLintReporters

extension OutputFormat: ExpressibleByArgument {}

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Lint Swift and C files (the default command).")

    @Argument(help: "Files or folders to lint.")
    var paths: [String] = ["."]

    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .text

    @Option(help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(help: "Run only these rules (comma-separated ids).")
    var select: String?

    @Option(help: "Do not run these rules (comma-separated ids).")
    var ignore: String?

    @Option(help: "Worker threads (default: one per core).")
    var jobs: Int = 0

    @Option(help: "Exit 1 when a finding is at least this level: warning or error.")
    var failOn: Level = .warning

    @Option(name: [.customShort("p"), .customLong("compile-commands")],
            help: "C: a compile_commands.json file, or the folder holding one (as clang-tidy's -p).")
    var compileCommands: String?

    @Option(name: .customLong("c-flag"), parsing: .unconditionalSingleValue,
            help: "C: an extra compiler flag such as -I<dir> or -D<name> (repeatable).")
    var cFlags: [String] = []

    @Flag(help: "Never color the text output.")
    var noColor = false

    @Option(help: "Use this configuration file instead of the .randlint.yml found from the working directory upward.")
    var config: String?

    @Flag(help: "Apply the configuration's excludes to files named on the command line too (as pre-commit passes them).")
    var forceExclude = false

    @Option(help: "Also run these opt-in rules (comma-separated ids), e.g. unused-suppression.")
    var enable: String?

    @Option(help: "Report only findings that this baseline file does not record.")
    var baseline: String?

    @Option(help: "Record today's findings in this baseline file (for --baseline), and exit 0.")
    var writeBaseline: String?

    func validate() throws {
        guard jobs >= 0 else { throw ValidationError("--jobs must be 0 or more") }
    }

    func run() throws {
        var options = LintOptions()
        options.paths = paths
        options.select = select.map(Self.list)
        options.ignore = ignore.map(Self.list) ?? []
        options.jobs = jobs
        options.compileDatabase = compileCommands
        options.cFlags = cFlags
        options.enable = enable.map(Self.list) ?? []
        options.forceExclude = forceExclude
        options.baseline = writeBaseline == nil ? baseline : nil  // writing records every finding
        try Configuration.resolve(explicit: config)?.apply(to: &options)
        let progress = ProgressLine.forStandardError()
        if let progress { options.progress = { @Sendable done, total in progress.update(done, total) } }
        let report = try Linter(options: options).lint()
        progress?.clear()
        if let writeBaseline {
            try Baseline(findings: report.findings, sources: report.sources).write(to: writeBaseline)
            FileHandle.standardError.write(Data("randlint: recorded \(report.findings.count) finding(s) in \(writeBaseline)\n".utf8))
            if !report.problems.isEmpty { throw ExitCode(2) }
            return
        }
        let color = output == nil && !noColor && format == .text && isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let text = Reporters.render(report, as: format, options: ReporterOptions(color: color, toolVersion: Randlint.version))
        if let output {
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic) }
            catch { throw RandLintError("\(output): cannot write the report: \(error.localizedDescription)") }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if !report.problems.isEmpty { throw ExitCode(2) }
        if report.findings.contains(where: { $0.level >= failOn }) { throw ExitCode(1) }
    }

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

extension Level: ExpressibleByArgument {}
