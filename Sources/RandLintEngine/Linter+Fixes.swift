import RandLintCore

/// Where a file's fixes are checked: the file is analyzed again with the fix applied, as the
/// same path and language, at the same place on disk (C includes resolve from there).
struct FixContext {
    var path: String
    var language: Language
    var location: String?
    /// Check the fixes (false inside a check: the fixed text's own fixes are not looked at).
    var checking: Bool
}

extension Linter {
    /// The most passes `--fix` makes over one file: each pass applies the fixes that do not
    /// overlap, then lints the result again (a fix may make room for another).
    static let fixPasses = 10

    /// The text with the fixes up to `level` applied, as `--fix` would write it, and the findings
    /// left in it (for text that is not on disk, such as the fixture tests' files).
    public func fixDocument(path: String, source: String, upTo level: Fix.Applicability) -> (text: String, findings: [Finding]) {
        let language = Language(path: path) ?? .swift
        return LargeStack.run {
            let first = self.analyze(path: path, source: source, language: language, location: path)
            let result = self.applyingFixes(first, upTo: level, path: path, source: source, language: language, location: path,
                                            hadByteOrderMark: false)
            return (result.fixed?.fixed ?? source, result.findings.sorted())
        }
    }

    /// Drops each fix that does not hold: the fixed text must parse with no more errors than
    /// the original, and give no finding the original did not (every running rule, after
    /// suppressions, counted per rule).
    func holdingFixes(_ result: FileResult, source: String, _ fixes: FixContext) -> FileResult {
        var result = result
        let bytes = Array(source.utf8)
        var verdicts: [Fix: String?] = [:]  // findings that share a fix (one comment, two stale ids) check it once
        for index in result.findings.indices {
            guard let fix = result.findings[index].fix else { continue }
            let reason = verdicts[fix] ?? failure(of: [fix], in: bytes, before: result, fixes, checkingAfter: false).reason
            verdicts[fix] = reason
            if let reason {
                result.findings[index].fix = nil
                let finding = result.findings[index]
                result.fixNotes.append("\(finding.path):\(finding.range.start.line): the \(finding.ruleID) fix was not offered: \(reason)")
            }
        }
        return result
    }

    /// Applies the fixes up to `level`, pass by pass (all non-overlapping fixes at once; if
    /// together they do not hold, the first alone), until none is left or nothing changes.
    func applyingFixes(_ first: FileResult, upTo level: Fix.Applicability, path: String, source: String, language: Language,
                       location: String, hadByteOrderMark: Bool) -> FileResult {
        let fixes = FixContext(path: path, language: language, location: location, checking: true)
        var result = first, text = Array(source.utf8)
        for _ in 0..<Self.fixPasses {
            var chosen: [Fix] = []
            for finding in result.findings {
                guard let fix = finding.fix, fix.isApplied(upTo: level), !chosen.contains(fix),
                      !chosen.contains(where: { $0.overlaps(fix) }) else { continue }
                chosen.append(fix)
            }
            guard !chosen.isEmpty else { break }
            var progressed = false
            for attempt in chosen.count > 1 ? [chosen, [chosen[0]]] : [chosen] {
                let outcome = failure(of: attempt, in: text, before: result, fixes, checkingAfter: true)
                guard outcome.reason == nil, let after = outcome.after, let fixed = outcome.text else { continue }
                result = after
                text = fixed
                progressed = true
                break
            }
            guard progressed else { break }
        }
        let fixedText = String(decoding: text, as: UTF8.self)
        guard fixedText != source else { return first }
        result.fixed = LintReport.FixedFile(path: path, location: location, original: source, fixed: fixedText,
                                            hadByteOrderMark: hadByteOrderMark, resolved: max(0, first.findings.count - result.findings.count))
        result.source = fixedText
        return result
    }

    /// Why applying `applied` to `text` does not hold (nil reason when it does), with the
    /// analysis of the fixed text.
    private func failure(of applied: [Fix], in text: [UInt8], before: FileResult, _ fixes: FixContext, checkingAfter: Bool)
        -> (reason: String?, after: FileResult?, text: [UInt8]?) {
        guard let fixedBytes = Fix.apply(applied.flatMap(\.edits), to: text), let fixed = String(validating: fixedBytes, as: UTF8.self) else {
            return ("its edits overlap or fall outside the file", nil, nil)
        }
        let after = analyze(path: fixes.path, source: fixed, language: fixes.language, location: fixes.location, checkingFixes: checkingAfter)
        if !after.problems.isEmpty { return ("the fixed file could not be analyzed", after, fixedBytes) }
        if after.parseErrors > before.parseErrors { return ("the fixed file would not parse", after, fixedBytes) }
        var budget: [String: Int] = [:]
        for finding in before.findings { budget[finding.ruleID, default: 0] += 1 }
        for finding in before.findings where finding.fix.map(applied.contains) == true { budget[finding.ruleID, default: 0] -= 1 }
        var counts: [String: Int] = [:]
        for finding in after.findings { counts[finding.ruleID, default: 0] += 1 }
        if let (rule, _) = counts.sorted(by: { $0.key < $1.key }).first(where: { $0.value > budget[$0.key, default: 0] }) {
            return ("the fixed file would have a new \(rule) finding", after, fixedBytes)
        }
        return (nil, after, fixedBytes)
    }
}
