import Foundation
import RandLintCore
import RandLintEngine
import RandLintTestSupport
import XCTest

/// `FixWriter`: the fixed text replaces the file only when the file is still what was read.
final class FixWriterTests: XCTestCase {
    func fixed(_ folder: ScratchFolder, original: String, fixed: String) -> LintReport.FixedFile {
        LintReport.FixedFile(path: "a.c", location: folder.path("a.c"), original: original, fixed: fixed, hadByteOrderMark: false, resolved: 1)
    }

    func testWritesTheFixedTextAndKeepsPermissions() throws {
        let folder = try ScratchFolder("writer")
        defer { folder.remove() }
        try folder.write("a.c", "old\n")
        XCTAssertEqual(chmod(folder.path("a.c"), 0o604), 0)
        guard case .success = FixWriter.write(fixed(folder, original: "old\n", fixed: "new\n")) else { return XCTFail("not written") }
        XCTAssertEqual(try String(contentsOfFile: folder.path("a.c"), encoding: .utf8), "new\n")
        var info = stat()
        XCTAssertEqual(stat(folder.path("a.c"), &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o604)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["a.c"])
    }

    func testAFileChangedSinceItWasReadIsLeftAlone() throws {
        let folder = try ScratchFolder("writer-changed")
        defer { folder.remove() }
        try folder.write("a.c", "edited by someone else\n")
        guard case .failure(let error) = FixWriter.write(fixed(folder, original: "old\n", fixed: "new\n")) else {
            return XCTFail("a changed file was overwritten")
        }
        XCTAssertTrue(error.description.contains("changed since randlint read it"), error.description)
        XCTAssertEqual(try String(contentsOfFile: folder.path("a.c"), encoding: .utf8), "edited by someone else\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["a.c"])
    }
}
