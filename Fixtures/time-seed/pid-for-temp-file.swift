// The process id names a temporary file; the key comes from the caller.
import Foundation
import RandomKeys

func writeTrajectory(key: RandomKey, steps: Int) throws -> URL {
    let pid = ProcessInfo.processInfo.processIdentifier
    let url = URL(fileURLWithPath: "/tmp/trajectory-\(pid).csv")
    var position = 0.0
    var lines: [String] = []
    for (step, stepKey) in key.split(into: steps).enumerated() {
        position += stepKey.normal()
        lines.append("\(step),\(position)")
    }
    try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    return url
}
