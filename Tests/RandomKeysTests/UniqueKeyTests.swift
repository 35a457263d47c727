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
        let folded = UniqueKey(seed: 3)
        let foldedBits: UInt32 = folded.fold(in: 5).bits()
        let released = folded.release()
        XCTAssertEqual(foldedBits, RandomKey(seed: 3).fold(in: 5).bits() as UInt32)
        XCTAssertEqual(released, RandomKey(seed: 3))
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
            var total = 0.0
            for step in 0..<3 { total += key.fold(in: step).uniform() }
            var k = key
            for _ in 0..<3 {
                let p = k.split()
                total += p.first.uniform()
                k = p.second
            }
            return total + k.use { $0.normal(count: 4).reduce(0, +) }
        }
        """
        let result = try Toolchain.compileAgainstRandomKeys(source, name: "correct")
        XCTAssertEqual(result.status, 0, result.stderr)
    }
}
