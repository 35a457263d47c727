import Foundation

/// Where tests find the toolchain's and the system's programs.
public enum ToolPaths {
    /// The first executable named `name` on PATH.
    public static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The `swiftc` next to the `swift` on PATH (the toolchain running these tests).
    public static var swiftc: String? {
        if let swift = onPath("swift") {
            let real = URL(fileURLWithPath: swift).resolvingSymlinksInPath()
            let candidate = real.deletingLastPathComponent().appendingPathComponent("swiftc").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return onPath("swiftc")
    }
}
