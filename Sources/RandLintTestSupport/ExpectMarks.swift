import RandLintCore

/// The `// expect: rule-id[, rule-id]` marks of a source file, matched against findings
/// strictly both ways: every mark needs a finding of that rule on that line, and every
/// finding needs a mark. Several findings of one rule on one line need the id repeated.
public struct ExpectMarks {
    /// (line, rule id) for every mark, in file order; a line may repeat a rule.
    public let marks: [(line: Int, rule: String)]

    public init(source: String) {
        var marks: [(Int, String)] = []
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let mark = line.range(of: "expect:") else { continue }
            let before = line[..<mark.lowerBound].trimmingSuffixSpaces()
            guard before.hasSuffix("//") || before.hasSuffix("/*") else { continue }
            var list = line[mark.upperBound...]
            if let close = list.range(of: "*/") { list = list[..<close.lowerBound] }
            for id in list.split(separator: ",") {
                let rule = id.trimmingCharacters(in: " \t")
                if !rule.isEmpty { marks.append((index + 1, rule)) }
            }
        }
        self.marks = marks
    }

    /// One line per mismatch, `path:line: …`, empty when marks and findings agree.
    /// `rules` limits the comparison to those rule ids (nil: every mark and finding).
    public func mismatches(_ findings: [Finding], path: String, rules: Set<String>? = nil) -> [String] {
        var expected: [String: Int] = [:]
        for (line, rule) in marks where rules?.contains(rule) ?? true { expected["\(line) \(rule)", default: 0] += 1 }
        var problems: [String] = []
        for finding in findings.sorted() where rules?.contains(finding.ruleID) ?? true {
            let key = "\(finding.range.start.line) \(finding.ruleID)"
            if let count = expected[key], count > 0 {
                expected[key] = count - 1
            } else {
                problems.append("\(path):\(finding.range.start.line): unexpected \(finding.ruleID): \(finding.message)")
            }
        }
        for (line, rule) in marks where (expected["\(line) \(rule)"] ?? 0) > 0 {
            expected["\(line) \(rule)"]! -= 1
            problems.append("\(path):\(line): missing \(rule)")
        }
        return problems.sorted { $0.compare(lineOf: $1) }
    }
}

extension Substring {
    fileprivate func trimmingSuffixSpaces() -> Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }

    fileprivate func trimmingCharacters(in set: String) -> String {
        var s = self
        while let first = s.first, set.contains(first) { s = s.dropFirst() }
        while let last = s.last, set.contains(last) || last == "\r" { s = s.dropLast() }
        return String(s)
    }
}

extension String {
    fileprivate func compare(lineOf other: String) -> Bool {
        func line(_ s: String) -> Int { Int(s.split(separator: ":").dropFirst().first ?? "") ?? 0 }
        return (line(self), self) < (line(other), other)
    }
}
