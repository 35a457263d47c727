import Foundation
import RandLintC
import RandLintCore

/// Loads the C front end on first use (libclang costs a few milliseconds to load, and a Swift-only
/// run never needs it). When libclang is absent, every C file gets the same one-line reason.
final class LazyCFrontEnd: @unchecked Sendable {
    private let lock = NSLock()
    private var loaded: Result<CFrontEnd, RandLintError>?
    private let make: () throws -> CFrontEnd

    init(_ make: @escaping () throws -> CFrontEnd) { self.make = make }

    func get() -> Result<CFrontEnd, RandLintError> {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let result: Result<CFrontEnd, RandLintError>
        do { result = .success(try make()) }
        catch let error as RandLintError { result = .failure(error) }
        catch { result = .failure(RandLintError("C analysis needs libclang: \(error)")) }
        loaded = result
        return result
    }
}

/// The C half of the prefilter: a C file is worth parsing when it, or a project header it
/// includes with `#include "…"` (transitively), mentions a catalog identifier — macros and
/// inline functions in headers carry calls too. Header answers are cached for the run.
final class IncludePrefilter: @unchecked Sendable {
    private let prefilter: Prefilter
    private let lock = NSLock()
    private var cache: [String: Bool] = [:]

    init(_ prefilter: Prefilter) { self.prefilter = prefilter }

    func matches(path: String, bytes: [UInt8]) -> Bool {
        if prefilter.matches(bytes) { return true }
        var visiting: Set<String> = [path]
        return includes(of: bytes, from: path).contains { header(at: $0, visiting: &visiting) }
    }

    private func header(at path: String, visiting: inout Set<String>) -> Bool {
        lock.lock()
        let cached = cache[path]
        lock.unlock()
        if let cached { return cached }
        guard visiting.insert(path).inserted, let data = FileManager.default.contents(atPath: path) else { return false }
        let bytes = [UInt8](data)
        var answer = prefilter.matches(bytes)
        if !answer {
            for include in includes(of: bytes, from: path) where header(at: include, visiting: &visiting) {
                answer = true
                break
            }
        }
        lock.lock()
        cache[path] = answer
        lock.unlock()
        return answer
    }

    /// Paths of `#include "name"` lines, resolved against the including file's folder.
    private func includes(of bytes: [UInt8], from path: String) -> [String] {
        guard bytes.contains(UInt8(ascii: "#")) else { return [] }
        let folder = (path as NSString).deletingLastPathComponent
        var found: [String] = []
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("#") else { continue }
            let directive = trimmed.dropFirst().drop { $0 == " " || $0 == "\t" }
            guard directive.hasPrefix("include"), let open = directive.firstIndex(of: "\"") else { continue }
            let rest = directive[directive.index(after: open)...]
            guard let close = rest.firstIndex(of: "\"") else { continue }
            let name = String(rest[..<close])
            found.append(name.hasPrefix("/") ? name : (folder.isEmpty ? name : folder + "/" + name))
        }
        return found
    }
}
