import Foundation
import RandLintCore
import RandLintEngine

/// `randlint --version`: everything a bug report needs, on one line —
/// `randlint 0.1.0 (commit 1a2b3c4d5e6f…, linux-x86_64; libclang: /usr/lib/llvm-14/lib/libclang.so.1)`.
enum VersionLine {
    /// A fixed-size slot that `Scripts/release.sh` overwrites, in a copy of the built binary, with
    /// the commit it was built from (`<sha>` or `<sha>+dirty`, padded with spaces). Left as built
    /// (all dots), the commit is unknown: a development build.
    static let commitSlot: StaticString = "randlint-build-commit:................................................"

    /// The stamped commit, or nil. Read through the slot's bytes at run time (never compared as a
    /// literal), so the compiler cannot fold the check away.
    static var commit: String? {
        let slot = commitSlot.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        guard let colon = slot.firstIndex(of: ":") else { return nil }
        let value = slot[slot.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        return value.isEmpty || value.allSatisfy({ $0 == "." }) ? nil : value
    }

    static var platform: String {
        #if os(Linux)
        let os = "linux"
        #elseif os(macOS)
        let os = "macos"
        #else
        let os = "unknown-os"
        #endif
        #if arch(x86_64)
        return "\(os)-x86_64"
        #elseif arch(arm64)
        return "\(os)-aarch64"
        #else
        return "\(os)-unknown-arch"
        #endif
    }

    static func text(version: String, libclang: Result<String, RandLintError> = LibClangStatus.locate()) -> String {
        let clang: String
        switch libclang {
        case .success(let path): clang = "libclang: \(path)"
        case .failure(let error): clang = "libclang: not found (\(error.description))"
        }
        return "randlint \(version) (commit \(commit ?? "unknown, not a release build"), \(platform); \(clang))"
    }
}
