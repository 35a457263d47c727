import Foundation
import RandLintCore

/// The byte-level prefilter: could this file contain a finding? Files that cannot are never
/// parsed. It looks for catalog calls that can start a finding (`srand(`, `.random(`, with
/// optional spaces before the parenthesis, so the word "random" in a comment does not count)
/// and for key type names (a key parameter alone can start a finding). Comments and strings
/// still count when they contain such a call: it is only a filter.
///
/// It runs over every byte of every discovered file, so it avoids allocation and hashing per
/// identifier: an FNV-1a hash is computed while an identifier is scanned and looked up in a
/// small open-addressing table; only a hash hit compares bytes.
struct Prefilter: Sendable {
    private struct Entry: Sendable {
        var hash: UInt64
        var bytes: [UInt8]
        var isCall: Bool
    }

    private let table: [Entry?]
    private let mask: Int
    /// Bytes that start some name: identifiers starting otherwise are skipped without hashing.
    private let firstBytes: [Bool]
    private let minLength: Int
    private let maxLength: Int

    init(calls: Set<String>, types: Set<String>) {
        var entries = calls.subtracting(types).map { Entry(hash: Self.hash(Array($0.utf8)), bytes: Array($0.utf8), isCall: true) }
        entries += types.map { Entry(hash: Self.hash(Array($0.utf8)), bytes: Array($0.utf8), isCall: false) }
        var size = 16
        while size < entries.count * 4 { size *= 2 }
        var table = [Entry?](repeating: nil, count: size)
        for entry in entries {
            var slot = Int(truncatingIfNeeded: entry.hash) & (size - 1)
            while table[slot] != nil { slot = (slot + 1) & (size - 1) }
            table[slot] = entry
        }
        self.table = table
        self.mask = size - 1
        var first = [Bool](repeating: false, count: 256)
        for entry in entries { if let b = entry.bytes.first { first[Int(b)] = true } }
        self.firstBytes = first
        self.minLength = entries.map(\.bytes.count).min() ?? 1
        self.maxLength = entries.map(\.bytes.count).max() ?? 0
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    private static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(offsetBasis) { ($0 ^ UInt64($1)) &* prime }
    }

    /// 1 for bytes that continue an identifier (ASCII letters, digits, `_`, any non-ASCII byte).
    private static let identifierBytes = IdentifierBytes.parts

    func matches(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { matches($0) }
    }

    func matches(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard buffer.count > 0 else { return false }
        return Self.identifierBytes.withUnsafeBufferPointer { isIdentifier in
            firstBytes.withUnsafeBufferPointer { startsName in
                table.withUnsafeBufferPointer { table in
                    scan(buffer, isIdentifier, startsName, table)
                }
            }
        }
    }

    private func scan(_ buffer: UnsafeBufferPointer<UInt8>, _ isIdentifier: UnsafeBufferPointer<Bool>,
                      _ startsName: UnsafeBufferPointer<Bool>, _ table: UnsafeBufferPointer<Entry?>) -> Bool {
        let n = buffer.count
        var i = 0
        while i < n {
            guard isIdentifier[Int(buffer[i])] else { i += 1; continue }
            guard startsName[Int(buffer[i])] else {
                i += 1
                while i < n, isIdentifier[Int(buffer[i])] { i += 1 }
                continue
            }
            let start = i
            var hash = Self.offsetBasis
            while i < n, isIdentifier[Int(buffer[i])] {
                hash = (hash ^ UInt64(buffer[i])) &* Self.prime
                i += 1
            }
            let length = i - start
            guard length >= minLength, length <= maxLength else { continue }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while let entry = table[slot] {
                if entry.hash == hash, entry.bytes.count == length,
                   entry.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, buffer.baseAddress! + start, length) == 0 }) {
                    if !entry.isCall || Self.parenthesisFollows(buffer, i) { return true }
                    break
                }
                slot = (slot + 1) & mask
            }
        }
        return false
    }

    /// Whether `(` follows position `i`, after spaces and tabs.
    private static func parenthesisFollows(_ buffer: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        var j = i
        while j < buffer.count, buffer[j] == 0x20 || buffer[j] == 0x09 { j += 1 }
        return j < buffer.count && buffer[j] == 0x28
    }
}
