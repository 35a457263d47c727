/// What a function does with randomness, for rules looking at a call to it: a rule reads one
/// function plus the summaries of the functions it calls, never another function's body.
///
/// Summaries are computed from the program model, so they are language-neutral. Today they
/// cover the functions of the file being checked (`RulePass.summaries`); a call to a function
/// of another file has no summary and a rule then assumes nothing about it.
public struct FunctionSummary: Sendable, Hashable {
    /// The function's name without its argument labels (`roll` for `roll(_:)`).
    public var name: String
    /// Positions of the parameters the function draws from, directly or through copies
    /// (`var g = rng; g.next()`), when they are passed by value (not `inout`).
    public var drawsFromParameters: Set<Int>
    /// The process-wide generators it draws from or seeds (`libc-rand`).
    public var globalGenerators: Set<String>

    public init(name: String, drawsFromParameters: Set<Int> = [], globalGenerators: Set<String> = []) {
        self.name = name
        self.drawsFromParameters = drawsFromParameters
        self.globalGenerators = globalGenerators
    }

    /// The summary of one function.
    public init(of function: Function) {
        var drawn = Set<Int>()
        for (position, parameter) in function.parameters.enumerated() where !parameter.isInout {
            var names: Set<String> = [parameter.name]
            EventWalk.forEach(function.body) { event, _ in
                if event.kind == .copyGenerator, let key = event.key, names.contains(key) { names.formUnion(event.binds) }
                if event.kind == .drawGenerator, let key = event.key, names.contains(key) {
                    drawn.insert(position)
                }
            }
        }
        var globals = Set<String>()
        EventWalk.forEach(function.body) { event, _ in
            if event.kind == .drawGlobal || event.kind == .seedGlobal, let generator = event.generator { globals.insert(generator) }
        }
        self.init(name: String(function.name.prefix { $0 != "(" }), drawsFromParameters: drawn, globalGenerators: globals)
    }

    /// The summaries of a file's functions (`function` kind), by name. Two functions with one
    /// name (overloads, methods of different types) merge: a call could mean either.
    public static func summaries(of file: FileModel) -> [String: FunctionSummary] {
        var out: [String: FunctionSummary] = [:]
        for function in file.functions where function.kind == .function {
            let summary = FunctionSummary(of: function)
            if var known = out[summary.name] {
                known.drawsFromParameters.formUnion(summary.drawsFromParameters)
                known.globalGenerators.formUnion(summary.globalGenerators)
                out[summary.name] = known
            } else {
                out[summary.name] = summary
            }
        }
        return out
    }
}
