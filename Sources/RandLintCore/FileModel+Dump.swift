extension FileModel {
    /// A stable, readable text dump of the model: one line per step, nesting by two-space indent.
    /// `randlint dump-model FILE` prints it; front-end tests compare it with golden files.
    ///
    /// ```
    /// file Sources/Sim.swift (swift)
    /// function step(key:) [function] 3:1-9:2
    ///   param key: RandomKey
    ///   4:5-4:18 draw-key uniform key=key
    ///   loop statement 5:3-8:4
    ///     6:7-6:36 split split key=key binds=key,sub
    ///   branch if
    ///     arm
    ///     arm
    ///   exit return 8:5
    /// ```
    public var dump: String {
        var lines = ["file \(path) (\(language.rawValue))"]
        for function in functions {
            let flags = function.isEntryPoint ? "\(function.kind.rawValue), entry" : function.kind.rawValue
            lines.append("function \(function.name) [\(flags)] \(function.range)" + (function.spawn.map { " " + $0.dumpText } ?? ""))
            for parameter in function.parameters {
                lines.append("  param \(parameter.name): \(parameter.isInout ? "inout " : "")\(parameter.type)" + (parameter.isGenerator ? " (generator)" : ""))
            }
            Self.dump(function.body, indent: "  ", into: &lines)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func dump(_ steps: [Step], indent: String, into lines: inout [String]) {
        for step in steps {
            switch step {
            case .event(let event):
                lines.append(indent + event.dumpLine)
            case .branch(let branch):
                lines.append(indent + "branch \(branch.kind.rawValue)")
                for arm in branch.arms {
                    lines.append(indent + "  arm" + (arm.fallsThrough ? " fallthrough" : ""))
                    dump(arm.steps, indent: indent + "    ", into: &lines)
                }
            case .loop(let loop):
                let kind: String
                switch loop.kind {
                case .statement: kind = "statement"
                case .repeatedClosure(let api): kind = "repeated-closure(\(api))"
                case .closure(let api): kind = api.isEmpty ? "closure" : "closure(\(api))"
                }
                let variables = (loop.variables.isEmpty ? "" : " vars=" + loop.variables.joined(separator: ","))
                    + (loop.counter.map { " counter=\($0)" } ?? "") + (loop.unnamedCounter.map { " unnamed-counter=\($0)" } ?? "")
                lines.append(indent + "loop \(kind) \(loop.range)\(variables)" + (loop.spawn.map { " " + $0.dumpText } ?? ""))
                dump(loop.body, indent: indent + "  ", into: &lines)
            case .exit(let exit):
                lines.append(indent + "exit \(exit.kind.rawValue) \(exit.range.start.line):\(exit.range.start.column)")
            }
        }
    }
}

extension Event {
    /// `4:5-4:18 draw-key uniform key=key`, `2:1-2:10 seed-global srand gen=libc-rand seed=literal(42)`.
    public var dumpLine: String {
        var line = "\(range) \(kind.rawValue)"
        if !api.isEmpty { line += " \(api)" }
        if let generator { line += " gen=\(generator)" }
        if let key { line += " key=\(key)" }
        if !binds.isEmpty { line += " binds=\(binds.joined(separator: ","))" }
        if let seed {
            line += seed.source == .none ? " seed=none" : " seed=\(seed.source.rawValue)(\(seed.text))"
            if let value = seed.value { line += " seed-value=\(value)" }
        }
        if let value { line += " value=\(value)" }
        if let macro { line += " macro=\(macro)" }
        return line
    }
}

extension Spawn {
    /// `spawned-by=pthread_create@12:5`, `spawned-by=pthread_create@12:5 via=worker`.
    var dumpText: String {
        "spawned-by=\(api)@\(range.start.line):\(range.start.column)" + (via.map { " via=\($0)" } ?? "")
    }
}
