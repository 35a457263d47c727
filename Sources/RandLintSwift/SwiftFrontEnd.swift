import RandLintCore
import SwiftParser
import SwiftSyntax

/// The Swift front end: swift-syntax → program model. One parse and one walk per file.
public struct SwiftFrontEnd: Sendable {
    let index: APIIndex
    let extraEntryPoints: Set<String>
    /// For an editor: each document's last parse, reparsed incrementally (nil: parse each text anew).
    public let parses: SwiftParses?

    public init(catalogs: CatalogSet, extraEntryPoints: [String] = [], parses: SwiftParses? = nil) {
        self.index = APIIndex(catalogs)
        self.extraEntryPoints = Set(extraEntryPoints)
        self.parses = parses
    }

    /// Never throws: swift-syntax recovers from syntax errors; the model covers what parsed.
    /// `facts` are the project's (the declaration pass); the file's own declarations are added.
    public func model(path: String, source: String, facts: ProjectFacts = ProjectFacts()) -> FileModel {
        let tree = parses?.tree(path: path, source: source) ?? Parser.parse(source: source)
        var facts = facts
        facts.merge(SwiftDeclarations.scan(source).facts)
        let builder = ModelBuilder(index: index, extraEntryPoints: extraEntryPoints, facts: facts, path: path, tree: tree)
        builder.markRelevantIdentifiers(source)
        var model = FileModel(path: path, language: .swift, functions: builder.build())
        if tree.hasError {
            let counter = ParseErrorCounter(viewMode: .all)
            counter.walk(tree)
            model.parseErrors = max(counter.count, 1)
        }
        return model
    }
}

/// Counts the places the parser recovered: missing tokens and runs of unexpected code.
private final class ParseErrorCounter: SyntaxVisitor {
    var count = 0

    override func visit(_ node: UnexpectedNodesSyntax) -> SyntaxVisitorContinueKind {
        count += 1
        return .skipChildren
    }

    override func visit(_ token: TokenSyntax) -> SyntaxVisitorContinueKind {
        if token.presence == .missing { count += 1 }
        return .skipChildren
    }
}

/// The Swift APIs of a catalog set, indexed once per run.
struct APIIndex: Sendable {
    /// Every Swift API by name, in catalog order.
    let byName: [String: [API]]
    let keyTypes: Set<String>
    /// Catalog types whose values are seeded generators (`GKMersenneTwisterRandomSource`), without
    /// the protocol `RandomNumberGenerator` itself.
    let generatorTypes: Set<String>
    /// Names of `clock` APIs (free and member).
    let clockNames: Set<String>
    /// Hashes (`IdentifierHash`) of the identifiers that can make a function body produce an event:
    /// APIs that start one, key types, and the `concurrent` APIs but `async` (a concurrent
    /// closure's calls to the file's functions matter). A function whose text has none (and that mentions no key
    /// property or global key) is not walked.
    let relevantHashes: Set<UInt64>

    init(_ catalogs: CatalogSet) {
        var byName: [String: [API]] = [:]
        var clocks = Set<String>()
        for catalog in catalogs.catalogs {
            for api in catalog.apis where api.languages.contains(.swift) {
                byName[api.name, default: []].append(api)
                if api.kind == .clock { clocks.insert(api.name) }
            }
        }
        self.byName = byName
        self.keyTypes = catalogs.keyTypes
        self.generatorTypes = catalogs.generatorTypes.subtracting(["RandomNumberGenerator"])
        self.clockNames = clocks
        var relevant = Set(catalogs.keyTypes.map(IdentifierHash.of))
        // `async` is also a keyword: listing it would walk every async function (about 12% of the Swift
        // corpus's time); a `queue.async {}` closure that draws names its draw anyway.
        for (name, apis) in byName where apis.contains(where: { $0.startsFinding || ($0.kind == .concurrent && name != "async") }) {
            relevant.insert(IdentifierHash.of(name))
        }
        self.relevantHashes = relevant
    }

    static func isKeyKind(_ kind: API.Kind) -> Bool {
        kind == .splitKey || kind == .foldKey || kind == .drawKey
    }
}

/// FNV-1a over an identifier's UTF-8 bytes: lets the relevance scan test identifiers without
/// allocating strings (a collision only means a function is walked needlessly).
enum IdentifierHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    static func of(_ name: String) -> UInt64 {
        var hash = seed
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    static func isStart(_ byte: UInt8) -> Bool { IdentifierBytes.isStart(byte) }

    static func isContinue(_ byte: UInt8) -> Bool { IdentifierBytes.isPart(byte) }

    /// A set of hashes with a 4096-bit bitmap in front (most identifiers are rejected by one load).
    struct Filter {
        var bits = [UInt64](repeating: 0, count: 64)
        let hashes: Set<UInt64>

        init(_ hashes: Set<UInt64>) {
            self.hashes = hashes
            for hash in hashes { bits[Int((hash >> 6) & 63)] |= 1 << (hash & 63) }
        }

        @inline(__always) func contains(_ hash: UInt64) -> Bool {
            bits[Int((hash >> 6) & 63)] & (1 << (hash & 63)) != 0 && hashes.contains(hash)
        }
    }

    /// The hash of the identifier that starts at `i`; `i` moves past it.
    @inline(__always) static func identifier(_ bytes: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ n: Int) -> UInt64 {
        var hash = seed
        while i < n, isContinue(bytes[i]) {
            hash = (hash ^ UInt64(bytes[i])) &* prime
            i += 1
        }
        return hash
    }

    /// Calls `body` with the offset and hash of each identifier in `range` of `bytes`, outside
    /// comments (numbers are skipped, so `0x1F` and `1e5` start none; string literals are not,
    /// for their interpolations).
    static func forEachIdentifier(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, _ body: (Int, UInt64) -> Void) {
        var i = max(range.lowerBound, 0)
        let n = min(range.upperBound, bytes.count)
        while i < n {
            let byte = bytes[i]
            if isStart(byte) {
                let start = i
                body(start, identifier(bytes, &i, n))
                continue
            }
            if byte == 0x2f, i + 1 < n, bytes[i + 1] == 0x2f {  // `//` to the end of the line
                while i < n, bytes[i] != 0x0a, bytes[i] != 0x0d { i += 1 }
                continue
            }
            if byte == 0x2f, i + 1 < n, bytes[i + 1] == 0x2a {  // `/* */`, nested as in Swift
                var depth = 0
                while i < n {
                    if bytes[i] == 0x2f, i + 1 < n, bytes[i + 1] == 0x2a { depth += 1; i += 2; continue }
                    if bytes[i] == 0x2a, i + 1 < n, bytes[i + 1] == 0x2f { depth -= 1; i += 2; if depth == 0 { break } else { continue } }
                    i += 1
                }
                continue
            }
            if byte >= 0x30 && byte <= 0x39 {
                while i + 1 < n, isContinue(bytes[i + 1]) { i += 1 }
            }
            i += 1
        }
    }

    /// Offsets of the identifiers in `bytes` whose hash is in `hashes`, in order.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, matching hashes: Filter) -> [Int] {
        var result: [Int] = []
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            if isStart(byte) {
                let start = i
                if hashes.contains(identifier(bytes, &i, n)) { result.append(start) }
                continue
            }
            if byte >= 0x30 && byte <= 0x39 {
                // a number: skip its digits and letters (0x1F, 1e5) so they do not start identifiers
                while i + 1 < n, isContinue(bytes[i + 1]) { i += 1 }
            }
            i += 1
        }
        return result
    }
}
