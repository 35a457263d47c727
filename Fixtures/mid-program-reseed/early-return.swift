// @main with an early return: the replay branch seeds and returns, so the later seed never
// follows it on any path. Each call is only a global seed.
import Glibc

func playRound(round: Int) -> Int {
    Int(random() % 100) + round // expect: hidden-global-rng, modulo-bias
}

@main
struct CardGameCLI {
    static func main() {
        let replay = CommandLine.arguments.contains("--replay")
        if replay {
            srandom(7) // expect: global-seed
            print(playRound(round: 0))
            return
        }
        guard CommandLine.arguments.count < 5 else {
            srandom(99) // expect: global-seed
            print("too many arguments")
            return
        }
        srandom(UInt32(CommandLine.arguments.count)) // expect: global-seed
        for round in 1...3 {
            print(playRound(round: round))
        }
    }
}
