import RandLintCore
import XCTest

final class CatalogTests: XCTestCase {
    func testParsesEntries() throws {
        let catalog = try Catalog.parse("""
            catalog: demo
            languages: [c]
            generators: {g: "one state"}
            key-types: [demo_key]
            apis:
              - {name: demo_seed, kind: seed-global, generator: g, seed: 0}
              - {name: demo_draw, kind: draw-key, key: 0}
            """, path: "demo.yml")
        XCTAssertEqual(catalog.name, "demo")
        XCTAssertEqual(catalog.apis.map(\.name), ["demo_seed", "demo_draw"])
        XCTAssertEqual(catalog.apis[0].seed, .position(0))
        XCTAssertEqual(catalog.apis[1].line, 7)
        let set = CatalogSet([catalog])
        XCTAssertEqual(set.keyTypes, ["demo_key"])
        let seeding = set.prefilterNames(in: .c, startingOn: [.seedGlobal])
        XCTAssertEqual(seeding.calls, ["demo_seed"])
        XCTAssertEqual(seeding.keyTypes, [], "key types count only for rules that start on keys")
        let keys = set.prefilterNames(in: .c, startingOn: [.makeKey, .drawKey])
        XCTAssertEqual(keys.calls, ["demo_draw"])
        XCTAssertEqual(keys.keyTypes, ["demo_key"])
        XCTAssertEqual(set.prefilterNames(in: .swift, startingOn: Set(API.Kind.allCases)).calls, [], "a C catalog")
        XCTAssertEqual(set.apis(named: "demo_seed", in: .c).count, 1)
        XCTAssertEqual(set.apis(named: "demo_seed", in: .swift).count, 0)
    }

    func testErrorsNameFileAndLine() {
        func error(_ text: String) -> String {
            do { _ = try Catalog.parse(text, path: "bad.yml"); return "no error" }
            catch { return "\(error)" }
        }
        XCTAssertEqual(error("catalog: x\napis:\n  - {name: srand, kind: seed-globl, generator: g}\n"),
                       "bad.yml:3: unknown kind 'seed-globl' (did you mean 'seed-global'?)")
        XCTAssertEqual(error("catalog: x\napis:\n  - {name: srand, kind: seed-global}\n"),
                       "bad.yml:3: api 'srand' of kind seed-global needs a 'generator'")
        XCTAssertEqual(error("catalog: x\napi:\n  - {name: srand}\n"), "bad.yml:2: unknown key 'api' in a catalog (did you mean 'apis'?)")
        XCTAssertTrue(error("catalog: [x\n").hasPrefix("bad.yml:"), error("catalog: [x\n"))
        XCTAssertEqual(error("apis: []\n"), "bad.yml:1: a catalog needs a 'catalog' name")
    }
}
