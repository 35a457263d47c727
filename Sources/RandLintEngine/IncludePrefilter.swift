import Foundation
import RandLintC

/// The C half of the prefilter. A C file is worth parsing when it mentions a catalog identifier
/// itself, or when the project headers it includes (transitively, through `#include "…"` and
/// `<…>` found in the file's `-I`/`-iquote` folders) could put a finding in it or need one parse
/// of their own:
/// - one of them names a key type: keys reach the file through typedefs, fields and prototypes;
/// - the file names a macro of theirs whose expansion reaches a catalog call or key type
///   (`#define RESEED() srand(42)`): findings through macros are reported at the use;
/// - one of them has code of its own (an inline function) that mentions a catalog call or such a
///   macro, and is not among the files of this run, so only an includer can bring its findings.
/// Names are the catalogs' C names only (a Swift type named like a C macro argument is not a key).
/// A header that defines such a macro, or has such code while being linted itself, does not make
/// its includers candidates: the header is analyzed once anyway. A header with such code that
/// is not linted (a run over `*.c`) needs one includer only, the first in path order
/// (`assignIncluders`): the engine takes a header's model from its first includer anyway.
///
/// One value per run; what it learns of a header is cached for the run. Answers depend only on
/// the files' text and flags, never on which thread asked first.
final class IncludePrefilter: @unchecked Sendable {
    private let all: Prefilter
    private let calls: Prefilter
    private let types: Prefilter
    private let flags: CompileFlags?
    private let linted: Set<String>
    private let lock = NSLock()
    private var texts: [String: Text?] = [:]
    private var resolved: [String: [String]] = [:]
    private var closures: [String: Closure] = [:]
    private var resolutions: [String: String?] = [:]
    /// For headers that need a parse but are not linted: the includer that parses them.
    private var includerOf: [String: String] = [:]

    /// One header's own text, as far as its includers care.
    struct Text {
        var includes: [CDirectives.Include]
        var namesKeyType: Bool
        /// Macros whose replacement text names a catalog call or key type.
        var seeds: [String]
        /// Names and replacement texts of the other macros.
        var macros: [(name: String, body: [UInt8])]
        /// The text with macro bodies blanked out: the header's own code.
        var code: [UInt8]
        var codeCallsCatalog: Bool
    }

    /// What a set of headers (everything one file includes) means for the file.
    struct Closure {
        var namesKeyType = false
        /// Macros whose expansion reaches a catalog call or key type.
        var triggers: Set<String> = []
        /// Headers whose own code mentions a catalog call or a trigger.
        var needParse: [String] = []
    }

    /// `linted`: absolute paths of the files this run lints.
    init(calls: Set<String>, types: Set<String>, flags: CompileFlags?, linted: Set<String>) {
        self.all = Prefilter(calls: calls, types: types)
        self.calls = Prefilter(calls: calls, types: [])
        self.types = Prefilter(calls: [], types: types)
        self.flags = flags
        self.linted = linted
    }

    func matches(path: String, bytes: [UInt8]) -> Bool {
        if all.matches(bytes) { return true }
        let absolute = Self.absolute(path)
        let folders = flags?.includeDirectories(for: absolute) ?? [(absolute as NSString).deletingLastPathComponent]
        let includes = bytes.withUnsafeBufferPointer { CDirectives($0).includes }
        let headers = closure(of: absolute, includes: includes, folders: folders)
        guard !headers.isEmpty else { return false }
        let found = meaning(of: headers)
        if found.namesKeyType { return true }
        lock.lock()
        let owners = includerOf
        lock.unlock()
        if found.needParse.contains(where: { !linted.contains($0) && (owners[$0] ?? absolute) == absolute }) { return true }
        return !found.triggers.isEmpty && Prefilter(calls: [], types: found.triggers).matches(bytes)
    }

    /// Learns, before a run, which of the run's C files (in path order) first includes each
    /// header that needs a parse of its own but is not linted; `matches` then makes only that
    /// file a candidate for the header's sake. Files are read in parallel.
    func assignIncluders(_ paths: [String], jobs: Int) {
        let sorted = paths.map(Self.absolute).sorted()
        let slots = Slots<(Int, [String])>(count: sorted.count)
        LargeStack.perform(jobs: jobs, count: sorted.count) { index in
            guard case .success(let bytes) = SourceReader.read(sorted[index]) else { return }
            slots.set(index, (index, self.unlintedHeadersNeedingParse(path: sorted[index], bytes: bytes)))
        }
        var owners: [String: String] = [:]
        for (index, headers) in slots.values.sorted(by: { $0.0 < $1.0 }) {
            for header in headers where owners[header] == nil { owners[header] = sorted[index] }
        }
        lock.lock()
        includerOf = owners
        lock.unlock()
    }

    private func unlintedHeadersNeedingParse(path: String, bytes: [UInt8]) -> [String] {
        let folders = flags?.includeDirectories(for: path) ?? [(path as NSString).deletingLastPathComponent]
        let includes = bytes.withUnsafeBufferPointer { CDirectives($0).includes }
        let headers = closure(of: path, includes: includes, folders: folders)
        guard !headers.isEmpty else { return [] }
        return meaning(of: headers).needParse.filter { !linted.contains($0) }
    }

    /// The project headers the file includes, transitively, that are not regular files (a FIFO):
    /// libclang would wait forever reading one, so the file cannot be parsed.
    func specialHeaders(path: String, bytes: [UInt8]) -> [String] {
        let absolute = Self.absolute(path)
        let folders = flags?.includeDirectories(for: absolute) ?? [(absolute as NSString).deletingLastPathComponent]
        let includes = bytes.withUnsafeBufferPointer { CDirectives($0).includes }
        return closure(of: absolute, includes: includes, folders: folders).filter { SourceReader.specialKind($0) != nil }
    }

    static func absolute(_ path: String) -> String {
        CompileFlags.absolute(path, in: FileManager.default.currentDirectoryPath)
    }

    /// Every project header reachable from the file, sorted.
    private func closure(of path: String, includes: [CDirectives.Include], folders: [String]) -> [String] {
        let foldersKey = folders.joined(separator: "\u{0}")
        var seen: Set<String> = [path]
        var queue = includes.compactMap { resolve($0, from: path, in: folders) }
        while let header = queue.popLast() {
            guard seen.insert(header).inserted else { continue }
            queue += includedHeaders(of: header, folders: folders, foldersKey: foldersKey)
        }
        seen.remove(path)
        return seen.sorted()
    }

    private func includedHeaders(of header: String, folders: [String], foldersKey: String) -> [String] {
        let key = header + "\u{0}" + foldersKey
        lock.lock()
        let cached = resolved[key]
        lock.unlock()
        if let cached { return cached }
        let found = (text(of: header)?.includes ?? []).compactMap { resolve($0, from: header, in: folders) }
        lock.lock()
        resolved[key] = found
        lock.unlock()
        return found
    }

    /// The file an include names, searched in the including file's folder (quoted names) and
    /// then in `folders`; answers are cached, misses too (system headers are never found here).
    private func resolve(_ include: CDirectives.Include, from path: String, in folders: [String]) -> String? {
        let own = include.angled ? "" : (path as NSString).deletingLastPathComponent
        let key = own + "\u{0}" + include.name + "\u{0}" + folders.joined(separator: "\u{0}")
        lock.lock()
        let cached = resolutions[key]
        lock.unlock()
        if let cached { return cached }
        var found: String?
        if include.name.hasPrefix("/") {
            found = FileManager.default.fileExists(atPath: include.name) ? include.name : nil
        } else {
            for folder in (own.isEmpty ? [] : [own]) + folders {
                let candidate = CompileFlags.absolute(include.name, in: folder)
                if FileManager.default.fileExists(atPath: candidate) {
                    found = candidate
                    break
                }
            }
        }
        lock.lock()
        resolutions[key] = .some(found)
        lock.unlock()
        return found
    }

    private func text(of header: String) -> Text? {
        lock.lock()
        let cached = texts[header]
        lock.unlock()
        if let cached { return cached }
        let text = try? SourceReader.read(header).map(read).get()  // never a FIFO: it would block
        lock.lock()
        texts[header] = text
        lock.unlock()
        return text
    }

    private func read(_ bytes: [UInt8]) -> Text {
        bytes.withUnsafeBufferPointer { buffer in
            let directives = CDirectives(buffer)
            var seeds: [String] = []
            var macros: [(name: String, body: [UInt8])] = []
            var code = bytes
            for macro in directives.macros {
                let body = UnsafeBufferPointer(rebasing: buffer[macro.body])
                if calls.matches(body) || types.matches(body) { seeds.append(macro.name) } else { macros.append((macro.name, Array(body))) }
                code.replaceSubrange(macro.body, with: repeatElement(0x20, count: macro.body.count))
            }
            return Text(includes: directives.includes, namesKeyType: types.matches(buffer), seeds: seeds, macros: macros,
                        code: code, codeCallsCatalog: calls.matches(code))
        }
    }

    /// The triggers of a set of headers, to a fixed point (macros use one another, across
    /// headers), and which of the headers need a parse of their own.
    private func meaning(of headers: [String]) -> Closure {
        let key = headers.joined(separator: "\u{0}")
        lock.lock()
        let cached = closures[key]
        lock.unlock()
        if let cached { return cached }
        let texts = headers.map { (path: $0, text: text(of: $0)) }
        var result = Closure()
        result.namesKeyType = texts.contains { $0.text?.namesKeyType == true }
        result.triggers = Set(texts.flatMap { $0.text?.seeds ?? [] })
        if !result.triggers.isEmpty {
            var pending = texts.flatMap { $0.text?.macros ?? [] }
            var grew = true
            while grew {
                grew = false
                let known = Prefilter(calls: [], types: result.triggers)
                pending.removeAll { macro in
                    guard known.matches(macro.body) else { return false }
                    result.triggers.insert(macro.name)
                    grew = true
                    return true
                }
            }
        }
        let mentionsTrigger = Prefilter(calls: [], types: result.triggers)
        result.needParse = texts.compactMap { entry in
            guard let text = entry.text else { return nil }
            return text.codeCallsCatalog || (!result.triggers.isEmpty && mentionsTrigger.matches(text.code)) ? entry.path : nil
        }
        lock.lock()
        closures[key] = result
        lock.unlock()
        return result
    }
}
