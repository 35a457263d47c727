import Foundation

/// A fresh temporary folder for one test, removed by `remove()`; `write` creates the folders a
/// relative path needs.
public struct ScratchFolder {
    public let url: URL
    public var path: String { url.path }

    public init(_ label: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("randlint-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public func write(_ relativePath: String, _ text: String) throws {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    /// The absolute path of `relativePath` ("." is the folder itself).
    public func path(_ relativePath: String) -> String {
        relativePath == "." ? url.path : url.appendingPathComponent(relativePath).path
    }

    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
