import XCTest
import Testing
import RandomKeys

final class SimTests: XCTestCase {
    var key = RandomKey(seed: 1)

    override func setUp() {
        key = RandomKey(seed: 2)
    }

    override func setUpWithError() throws { _ = rand() }

    func testStep() {
        let k = RandomKey(seed: 42)
        _ = k.uniform()
    }

    func testWithArgument(_ n: Int) { _ = rand() }

    func helper() {
        _ = key.normal()
    }

    static func testStatic() { _ = rand() }
}

final class AsyncTests: XCTestCase {
    override func setUp() async throws {
        srand(7)
    }
}

@Test func seededDraw() {
    let key = RandomKey(seed: 3)
    #expect(key.uniform() < 1)
}

@main
struct Tool {
    static func main() {
        srand(42)
    }
    func main() { _ = rand() }
}

struct Runner {
    func start() { _ = rand() }
    func stop() { _ = rand() }
}

func configuredEntry() { _ = rand() }

func library() {
    func nested() { _ = rand() }
    func srand() {}
    srand()
}
