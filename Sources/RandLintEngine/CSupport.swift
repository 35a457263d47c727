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
