import XCTest
import RandomKeys

final class UniqueKeyTests: XCTestCase {
    func testSameNumbersAsRandomKey() {
        let plain = RandomKey(seed: 42)
        let (a, b) = plain.split()
        let unique = UniqueKey(seed: 42)
        let pair = unique.split()
        let u: Double = pair.first.uniform()
        let bits: UInt32 = pair.second.bits()
        XCTAssertEqual(u, a.uniform() as Double)
        XCTAssertEqual(bits, b.bits() as UInt32)
        let sum = UniqueKey(seed: 7).split { x, y in (x.normal() as Double) + (y.normal() as Double) }
        let (x, y) = RandomKey(seed: 7).split()
        XCTAssertEqual(sum, (x.normal() as Double) + (y.normal() as Double))
        let base = UniqueKey(seed: 3).folding()
        XCTAssertEqual(base.implementation, .threefry2x32)
        let foldedBits: UInt32 = base.fold(in: 5).bits()
        let refolded = base.fold(in: 6).release()
        XCTAssertEqual(foldedBits, RandomKey(seed: 3).fold(in: 5).bits() as UInt32)
        XCTAssertEqual(refolded, RandomKey(seed: 3).fold(in: 6))
        XCTAssertEqual(UniqueKey(seed: 9).release(), RandomKey(seed: 9))
    }

    /// Why a key must not be both folded and split: JAX's partitionable threefry derives the
    /// same key both ways.
    func testFoldEqualsSplitElement() {
        let key = RandomKey(seed: 42)
        let parts = key.split(into: 4)
        for i in 0..<4 { XCTAssertEqual(key.fold(in: i), parts[i]) }
    }

    /// Compiles `body` inside a function taking `key: consuming UniqueKey` and expects the
    /// ownership checker to reject it with `diagnostic`.
    private func assertDoesNotCompile(_ body: String, name: String, diagnostic: String,
                                      file: StaticString = #filePath, line: UInt = #line) throws {
        let source = """
        import RandomKeys
        func \(name)(key: consuming UniqueKey) -> Double {
        \(body)
        }
        """
        let result = try Toolchain.compileAgainstRandomKeys(source, name: name)
        XCTAssertNotEqual(result.status, 0, "\(name) compiled:\n\(source)", file: file, line: line)
        XCTAssertTrue(result.stderr.contains(diagnostic), "\(name): expected '\(diagnostic)' in:\n\(result.stderr)", file: file, line: line)
    }

    func testFoldThenSplitIsACompileError() throws {
        try assertDoesNotCompile("""
            let base = key.folding()
            let a: Double = base.fold(in: 0).uniform()
            let pair = key.split()
            return a + pair.first.uniform()
        """, name: "foldThenSplit", diagnostic: "consumed more than once")
    }

    func testFoldThenDrawIsACompileError() throws {
        try assertDoesNotCompile("""
            let base = key.folding()
            let a: Double = base.fold(in: 0).uniform()
            return a + key.normal()
        """, name: "foldThenDraw", diagnostic: "consumed more than once")
    }

    func testSplitThenFoldIsACompileError() throws {
        try assertDoesNotCompile("""
            let pair = key.split()
            let a: Double = pair.first.uniform()
            let base = key.folding()
            return a + base.fold(in: 1).uniform()
        """, name: "splitThenFold", diagnostic: "consumed more than once")
    }

    func testFoldingBaseNeitherDrawsNorSplits() throws {
        try assertDoesNotCompile("""
            let base = key.folding()
            return base.uniform()
        """, name: "baseDraws", diagnostic: "has no member 'uniform'")
        try assertDoesNotCompile("""
            let base = key.folding()
            return base.split().first.uniform()
        """, name: "baseSplits", diagnostic: "has no member 'split'")
    }

    /// The old borrowing `fold(in:)` on a unique key is gone; its diagnostic names the way out.
    func testFoldOnAUniqueKeyPointsToFolding() throws {
        try assertDoesNotCompile("""
            let a: Double = key.fold(in: 0).uniform()
            return a + key.uniform()
        """, name: "borrowingFold", diagnostic: "fold through 'folding()'")
    }

    /// Reusing a UniqueKey must not compile.
    func testReuseIsACompileError() throws {
        let source = """
        import RandomKeys
        func reuse() -> Double {
            let key = UniqueKey(seed: 42)
            let a: Double = key.uniform()
            let b: Double = key.normal()   // second use of the same key
            return a + b
        }
        """
        let result = try Toolchain.compileAgainstRandomKeys(source, name: "reuse")
        XCTAssertNotEqual(result.status, 0, "reusing a UniqueKey compiled")
        XCTAssertTrue(result.stderr.contains("consumed more than once"), "unexpected diagnostics:\n\(result.stderr)")
    }

    func testDrawAfterSplitIsACompileError() throws {
        let source = """
        import RandomKeys
        func drawAfterSplit() -> Double {
            let key = UniqueKey(seed: 1)
            let pair = key.split()
            let x: Double = pair.first.uniform()
            return x + key.uniform()
        }
        """
        let result = try Toolchain.compileAgainstRandomKeys(source, name: "afterSplit")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("consumed more than once"), result.stderr)
    }

    /// The intended patterns compile.
    func testCorrectPatternsCompile() throws {
        let source = """
        import RandomKeys
        func correct() -> Double {
            let key = UniqueKey(seed: 42)
            let pair = key.split()
            let x: Double = pair.first.normal()
            let rest = pair.second.split()
            let y: Double = rest.first.uniform()
            let z = rest.second.split { a, b in (a.uniform() as Double) + b.exponential() }
            return x + y + z
        }
        func perStep(_ key: consuming UniqueKey) -> Double {
            let pair = key.split()
            let base = pair.first.folding()
            var total = 0.0
            for step in 0..<3 { total += base.fold(in: step).uniform() }
            total += perWorker(base)
            var k = pair.second
            for _ in 0..<3 {
                let p = k.split()
                total += p.first.uniform()
                k = p.second
            }
            return total + k.use { $0.normal(count: 4).reduce(0, +) }
        }
        func perWorker(_ base: borrowing FoldingKey) -> Double {
            (0..<4).map { i in base.fold(in: 100 + i).uniform() as Double }.reduce(0, +)
        }
        """
        let result = try Toolchain.compileAgainstRandomKeys(source, name: "correct")
        XCTAssertEqual(result.status, 0, result.stderr)
    }
}
