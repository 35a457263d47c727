import SwiftSyntax

/// The statements of a function body that can matter to a rule.
///
/// A statement matters when it mentions an identifier that can start an event (`mayHaveEvents`),
/// a parameter that brings a key or a generator in, or declares something other than a
/// variable (a nested function or type); and then every
/// statement that mentions a name such a statement mentions, transitively (`let seed = 42`
/// before `srand48(seed)`, `let token = String(r)` after `let r = rand()`). A statement that
/// can leave the path (`return`, `throw`, `break`, `continue`, `fallthrough`) is built for the
/// paths' sake, but its names matter only if it mentions one that does. The others produce no
/// events (they draw nothing and no value they compute reaches a statement that does), so the
/// builder skips them: a long function of plain arithmetic around one call costs little more
/// than its parse. Names are compared by identifier hash, so a collision only keeps more.
struct StatementSlice {
    /// Every identifier of the body but keywords, by UTF-8 offset, sorted.
    private let offsets: [Int]
    private let hashes: [UInt64]
    /// The names the statements that matter mention.
    private(set) var names = Set<UInt64>()

    static let exits: Set<UInt64> = Set(["return", "throw", "break", "continue", "fallthrough"].map(IdentifierHash.of))
    static let keywords: Set<UInt64> = Set([
        "let", "var", "if", "else", "guard", "for", "in", "while", "repeat", "switch", "case", "default", "do", "catch",
        "try", "await", "as", "is", "true", "false", "nil", "self", "Self", "where", "inout", "some", "any", "_",
    ].map(IdentifierHash.of)).union(exits)

    /// The slice of the statements `items` of the body at `body` in `bytes`; `matters` says
    /// which statements matter by themselves, `sources` names the parameters that bring a key
    /// or a generator in (what they mention matters too).
    init(items: [(range: Range<Int>, matters: Bool)], sources: [String], bytes: [UInt8], in body: Range<Int>) {
        var offsets: [Int] = []
        var hashes: [UInt64] = []
        bytes.withUnsafeBufferPointer { buffer in
            IdentifierHash.forEachIdentifier(buffer, in: body) { offset, hash in
                guard !Self.keywords.contains(hash) || Self.exits.contains(hash) else { return }
                offsets.append(offset)
                hashes.append(hash)
            }
        }
        self.offsets = offsets
        self.hashes = hashes
        var kept = [Bool](repeating: false, count: items.count)
        func keep(_ index: Int) {
            kept[index] = true
            for hash in identifiers(in: items[index].range) where !Self.exits.contains(hash) { names.insert(hash) }
        }
        for (index, item) in items.enumerated() where item.matters { keep(index) }
        for name in sources { names.insert(IdentifierHash.of(name)) }
        // A few passes over the rest settle most bodies (usually the first finds nothing new).
        for _ in 0..<3 {
            var grew = false
            for index in items.indices where !kept[index] && identifiers(in: items[index].range).contains(where: names.contains) {
                keep(index)
                grew = true
            }
            if !grew { return }
        }
        // A long chain of names: index the rest by name and follow the names.
        var mentioning: [UInt64: [Int]] = [:]
        for index in items.indices where !kept[index] {
            for hash in identifiers(in: items[index].range) { mentioning[hash, default: []].append(index) }
        }
        var queue = Array(names)
        while let name = queue.popLast() {
            for index in mentioning[name] ?? [] where !kept[index] {
                kept[index] = true
                for hash in identifiers(in: items[index].range) where !Self.exits.contains(hash) && names.insert(hash).inserted {
                    queue.append(hash)
                }
            }
        }
    }

    /// The identifier hashes in `range` (UTF-8 offsets).
    func identifiers(in range: Range<Int>) -> ArraySlice<UInt64> {
        var low = 0, high = offsets.count
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < offsets.count, offsets[end] < range.upperBound { end += 1 }
        return hashes[low..<end]
    }

    /// Whether a statement in `range` that does not matter by itself mentions a name that
    /// matters or can leave the path.
    func isBuilt(_ range: Range<Int>) -> Bool {
        identifiers(in: range).contains { names.contains($0) || Self.exits.contains($0) }
    }
}

extension ModelBuilder {
    /// The byte range of a node in the file (inside a folded tree too).
    func byteRange(_ node: some SyntaxProtocol) -> Range<Int> {
        (positionShift + node.position.utf8Offset)..<(positionShift + node.endPosition.utf8Offset)
    }

    /// A statement matters by itself: it can start an event, or it declares a function or type.
    func mattersByItself(_ item: CodeBlockItemSyntax) -> Bool {
        if case .decl(let decl) = item.item, !decl.is(VariableDeclSyntax.self) { return true }
        return mayHaveEvents(item)
    }

    /// The slice of a function body (nil: build every statement — no prefilter, or inside a
    /// concurrent closure, where any call matters).
    func slice(of body: CodeBlockItemListSyntax, sources: [String]) -> StatementSlice? {
        guard relevantOffsets != nil, spawnStack.isEmpty, !bytes.isEmpty else { return nil }
        return StatementSlice(items: body.map { (byteRange($0), mattersByItself($0)) }, sources: sources, bytes: bytes, in: byteRange(body))
    }

    /// Whether `items` builds this statement.
    func builds(_ item: CodeBlockItemSyntax) -> Bool {
        guard let slice = currentSlice, spawnStack.isEmpty else { return true }
        return mattersByItself(item) || slice.isBuilt(byteRange(item))
    }
}
