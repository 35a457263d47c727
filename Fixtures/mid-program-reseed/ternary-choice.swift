// A benchmark harness picks one generator with ?: inside its @main: the two arms are exclusive,
// so neither seed follows the other.
import Glibc

@main
struct Bench {
    static func main() {
        let useLegacy = CommandLine.arguments.contains("--legacy")
        useLegacy
            ? srand(1) // expect: global-seed
            : srandom(1) // expect: global-seed
        var sum = 0
        for _ in 0..<1_000 {
            sum &+= Int(random()) // expect: hidden-global-rng
        }
        print(sum)
    }
}
