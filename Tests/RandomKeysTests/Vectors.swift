import Foundation
import XCTest

/// Locations of repository files, found from this file's real path
/// (`<repo>/Tests/RandomKeysTests/Vectors.swift`), so the tests work from any build directory
/// and through symlinked scratch packages.
enum Repo {
    static let root: URL = {
        let real = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        return real.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }()

    /// The repository's copies of the known-answer vectors (provenance in their README).
    static let vectorsFile: URL = root.appendingPathComponent("Tests/RandomKeysTests/Vectors/prng-vectors.json")
    static let policyVectorsFile: URL = root.appendingPathComponent("Tests/RandomKeysTests/Vectors/policy-vectors.json")

    static func file(_ relative: String) -> URL { root.appendingPathComponent(relative) }
}

/// A vector file, parsed once. A missing or unreadable file fails the test that needs it.
/// Written once by the initializer, then only read.
final class VectorFile: @unchecked Sendable {
    let url: URL
    private let loaded: Result<[String: Any], Error>

    init(_ url: URL) {
        self.url = url
        loaded = Result {
            let data = try Data(contentsOf: url)
            guard let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw CocoaError(.fileReadCorruptFile)
            }
            return json
        }
    }

    func root(file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        switch loaded {
        case .success(let json): return json
        case .failure(let error):
            XCTFail("known-answer vectors not readable at \(url.path): \(error)", file: file, line: line)
            throw error
        }
    }

    /// The object at a path of dictionary keys.
    func at(_ path: [String], file: StaticString = #filePath, line: UInt = #line) throws -> Any {
        var node: Any = try root(file: file, line: line)
        for component in path {
            guard let dict = node as? [String: Any], let next = dict[component] else {
                XCTFail("\(url.lastPathComponent): no entry \(path.joined(separator: " / "))", file: file, line: line)
                throw CocoaError(.fileReadCorruptFile)
            }
            node = next
        }
        return node
    }
}

/// `prng-vectors.json` (JAX, Random123, numpy) and `policy-vectors.json` (the precision
/// policy and the distributions).
enum Vectors {
    static let prng = VectorFile(Repo.vectorsFile)
    static let policy = VectorFile(Repo.policyVectorsFile)

    static func root(file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        try prng.root(file: file, line: line)
    }

    static func at(_ path: String..., file: StaticString = #filePath, line: UInt = #line) throws -> Any {
        try prng.at(path, file: file, line: line)
    }
}

/// Decoding helpers for the vector encoding: 64-bit integers are decimal strings, arrays are
/// nested row-major, float arrays carry `bits_hex`.
enum Decode {
    static func u64(_ v: Any) -> UInt64 {
        if let s = v as? String {
            if let u = UInt64(s) { return u }
            return UInt64(bitPattern: Int64(s)!)
        }
        if let n = v as? NSNumber { return n.uint64Value }
        fatalError("not an integer: \(v)")
    }

    static func i64(_ v: Any) -> Int64 {
        if let s = v as? String { return Int64(s)! }
        if let n = v as? NSNumber { return n.int64Value }
        fatalError("not an integer: \(v)")
    }

    /// Flattens nested arrays (row-major); a scalar becomes a one-element array.
    static func flat(_ v: Any) -> [Any] {
        if let a = v as? [Any] { return a.flatMap(flat) }
        return [v]
    }

    static func u64s(_ v: Any) -> [UInt64] { flat(v).map(u64) }
    static func u32s(_ v: Any) -> [UInt32] { flat(v).map { UInt32(u64($0)) } }
    static func i64s(_ v: Any) -> [Int64] { flat(v).map(i64) }

    /// float32 bit patterns from `bits_hex`.
    static func f32Bits(_ entry: Any) -> [UInt32] {
        let hex = flat((entry as! [String: Any])["bits_hex"]!) as! [String]
        return hex.map { UInt32($0.dropFirst(2), radix: 16)! }
    }

    static func f64Bits(_ entry: Any) -> [UInt64] {
        let hex = flat((entry as! [String: Any])["bits_hex"]!) as! [String]
        return hex.map { UInt64($0.dropFirst(2), radix: 16)! }
    }

    static func values(_ entry: Any) -> Any { (entry as! [String: Any])["values"]! }
}
