import RandLintCore

/// An upper estimate of how deeply a Swift or C file's syntax tree nests, from its bytes alone
/// (comments and literals skipped). Each open bracket is a level; within a level, every operator character,
/// opening bracket and `else` since the statement began can add one to the depth of the tree
/// (`x + x + …`, `!!x`, `a.b.c`, `if … else if …`). A statement begins after `;` or `,`, or on a
/// new line that does not continue an expression (after `:` too: a `case` label). Lines starting
/// with `#` (preprocessor directives, `#if`) are skipped.
///
/// Files estimated deeper than `limit` are not analyzed: the parser's tree, the front ends and
/// the rules recurse, and `LargeStack` gives them room for `limit` levels with a wide margin.
enum NestingEstimate {
    /// 30,000 levels on `LargeStack`'s full 1 GiB stack, proportionally fewer where the system
    /// gave a smaller one, 300 when work runs on the caller's thread.
    static var limit: Int { LargeStack.size == 0 ? 300 : max(300, 30_000 / ((1 << 30) / LargeStack.size)) }

    static func depth(_ bytes: [UInt8]) -> Int {
        var levels: [Int] = [0]  // operators and brackets since the statement began, per open bracket
        var total = 1            // sum over `levels` of (1 + count)
        var deepest = 1
        var newLine = false
        var atLineStart = true
        var lastEndsOperand = false  // the previous token was an identifier, a number, a literal or a closing bracket
        var i = 0
        let n = bytes.count

        func add() {
            levels[levels.count - 1] += 1
            total += 1
            deepest = max(deepest, total)
        }
        func resetStatement() {
            total -= levels[levels.count - 1]
            levels[levels.count - 1] = 0
        }
        let isWord = IdentifierBytes.isPart
        /// A token that could start a statement: after a new line that ended an operand, it does.
        func operandStarts() {
            if newLine && lastEndsOperand { resetStatement() }
            newLine = false
        }

        while i < n {
            let b = bytes[i]
            let lineStart = atLineStart
            if b != 0x20, b != 0x09 { atLineStart = false }
            switch b {
            case 0x0A, 0x0D:
                newLine = true
                atLineStart = true
                i += 1
            case 0x23 where lineStart:  // a directive, with its `\` continuation lines
                while i < n, bytes[i] != 0x0A, bytes[i] != 0x0D {
                    if bytes[i] == 0x5C, i + 1 < n, bytes[i + 1] == 0x0A || bytes[i + 1] == 0x0D { i += 1 }
                    i += 1
                }
            case 0x20, 0x09, 0x0B, 0x0C:
                i += 1
            case 0x2F where i + 1 < n && bytes[i + 1] == 0x2F:  // line comment
                while i < n, bytes[i] != 0x0A, bytes[i] != 0x0D { i += 1 }
            case 0x2F where i + 1 < n && bytes[i + 1] == 0x2A:  // block comment (Swift's nest; counting them is not needed here)
                i += 2
                while i + 1 < n, !(bytes[i] == 0x2A && bytes[i + 1] == 0x2F) {
                    if bytes[i] == 0x0A || bytes[i] == 0x0D { newLine = true }
                    i += 1
                }
                i += 2
            case 0x22, 0x27:  // string or character literal: skipped to its end (a multi-line string to its closing quotes)
                operandStarts()
                let multiLine = b == 0x22 && i + 2 < n && bytes[i + 1] == 0x22 && bytes[i + 2] == 0x22
                i += multiLine ? 3 : 1
                while i < n {
                    if bytes[i] == 0x5C { i += 2; continue }
                    if multiLine {
                        if bytes[i] == 0x22, i + 2 < n, bytes[i + 1] == 0x22, bytes[i + 2] == 0x22 { i += 3; break }
                    } else if bytes[i] == b || bytes[i] == 0x0A || bytes[i] == 0x0D {
                        i += 1
                        break
                    }
                    i += 1
                }
                lastEndsOperand = true
            case 0x3B, 0x2C:  // ; ,
                resetStatement()
                newLine = false
                lastEndsOperand = false
                i += 1
            case 0x28, 0x5B, 0x7B:  // ( [ {
                operandStarts()
                add()
                levels.append(0)
                total += 1
                deepest = max(deepest, total)
                lastEndsOperand = false
                i += 1
            case 0x29, 0x5D, 0x7D:  // ) ] }
                if levels.count > 1 {
                    total -= 1 + levels.removeLast()
                }
                newLine = false
                lastEndsOperand = true
                i += 1
            default:
                if isWord(b) {
                    let start = i
                    while i < n, isWord(bytes[i]) { i += 1 }
                    let isElse = i - start == 4 && bytes[start] == 0x65 && bytes[start + 1] == 0x6C && bytes[start + 2] == 0x73 && bytes[start + 3] == 0x65
                    if isElse {
                        newLine = false
                        add()
                        lastEndsOperand = false
                    } else {
                        operandStarts()
                        lastEndsOperand = true
                    }
                } else {
                    // An operator continues the statement, each of its characters counted (`!!x` is two
                    // levels); a `:` ending a line ends a label.
                    let start = i
                    while i < n, !isWord(bytes[i]), ![0x20, 0x09, 0x0A, 0x0D, 0x22, 0x27, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x3B, 0x2C].contains(bytes[i]) {
                        add()
                        i += 1
                    }
                    newLine = false
                    lastEndsOperand = i - start == 1 && bytes[start] == 0x3A
                }
            }
        }
        return deepest
    }
}
