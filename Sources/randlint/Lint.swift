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

    @Flag(help: "Apply the safe fixes (they keep the program's behaviour) and report what is left.")
    var fix = false

    @Flag(help: "With --fix or --diff: apply the unsafe fixes too (they change which numbers are drawn).")
    var unsafeFixes = false

    @Flag(help: "Print the fixes as a unified diff and write nothing; exit 1 when a file would change.")
    var diff = false

    func validate() throws {
        guard jobs >= 0 else { throw ValidationError("--jobs must be 0 or more") }
        if fix && diff { throw ValidationError("--fix writes the files and --diff only shows the change: pass one of them") }
        if unsafeFixes && !fix && !diff { throw ValidationError("--unsafe-fixes goes with --fix (write them) or --diff (show them)") }
        if (fix || diff) && writeBaseline != nil { throw ValidationError("--write-baseline records findings; it does not go with --fix or --diff") }
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
        if fix || diff { options.applyFixes = unsafeFixes ? .unsafe : .safe }
        try Configuration.resolve(explicit: config)?.apply(to: &options)
        let progress = ProgressLine.forStandardError()
        if let progress { options.progress = { @Sendable done, total in progress.update(done, total) } }
        var report = try Linter(options: options).lint()
        progress?.clear()
        if diff {
            let text = report.fixedFiles.sorted { $0.path < $1.path }.map(UnifiedDiff.render).joined()
            FileHandle.standardOutput.write(Data(text.utf8))
            let resolved = report.fixedFiles.reduce(0) { $0 + $1.resolved }
            let summary = report.fixedFiles.isEmpty
                ? "randlint: no fixes to apply\n"
                : "randlint: --fix\(unsafeFixes ? " --unsafe-fixes" : "") would change \(report.fixedFiles.count) file(s) and resolve \(resolved) finding(s)\n"
            FileHandle.standardError.write(Data(summary.utf8))
            for problem in report.problems { FileHandle.standardError.write(Data("\(problem.path): error: \(problem.message)\n".utf8)) }
            if !report.problems.isEmpty { throw ExitCode(2) }
            if !report.fixedFiles.isEmpty { throw ExitCode(1) }
            return
        }
        if fix {
            var written: [LintReport.FixedFile] = []
            for file in report.fixedFiles {
                switch FixWriter.write(file) {
                case .success: written.append(file)
                case .failure(let error): report.problems.append(.init(path: file.path, message: error.description))
                }
            }
            report.fixedFiles = written
        }
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
