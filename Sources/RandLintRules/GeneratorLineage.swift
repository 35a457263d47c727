import RandLintCore

/// Which value-type generators on a path share one starting state (a lineage: an original and
/// its copies), where each copy was made, and which of them have drawn since.
struct GeneratorLineage: Hashable {
    private var lineage: [String: Int] = [:]
    private var copiedAt: [String: SourceRange] = [:]
    private var advanced: [Int: [String]] = [:]
    private var next = 0

    /// `copy` now holds a copy of `source`'s state.
    mutating func copy(_ copy: String, from source: String, at range: SourceRange) {
        let id: Int
        if let known = lineage[source] {
            id = known
        } else {
            id = next
            next += 1
            lineage[source] = id
        }
        forget(copy)
        lineage[copy] = id
        copiedAt[copy] = range
    }

    /// `name` is rebound to something else: no longer part of a lineage. A copy that drew keeps
    /// its draws in the lineage as "the earlier NAME" (a copy remade each loop iteration repeats
    /// the last one); an original that is reset (`rng = checkpoint`) drops them: a deliberate replay.
    mutating func forget(_ name: String) {
        guard let id = lineage.removeValue(forKey: name) else { return }
        let range = copiedAt.removeValue(forKey: name)
        guard let i = advanced[id]?.firstIndex(of: name) else { return }
        if let range {
            advanced[id]?[i] = "the earlier " + name
            copiedAt["the earlier " + name] = range
        } else {
            advanced[id]?.remove(at: i)
        }
    }

    /// `name` draws. When another member of its lineage has drawn already, returns where the
    /// copy that split them was made, and the other member's name.
    mutating func advance(_ name: String) -> (SourceRange, String)? {
        guard let id = lineage[name] else { return nil }
        let others = advanced[id, default: []]
        if !others.contains(name) { advanced[id, default: []].append(name) }
        guard let other = others.first(where: { $0 != name }) else { return nil }
        guard let range = copiedAt[name] ?? copiedAt[other] else { return nil }
        return (range, other)
    }
}
