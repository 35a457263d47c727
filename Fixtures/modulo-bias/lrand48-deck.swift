// A card drawn with Glibc's lrand48() % 52 from Swift.
import Glibc

func drawCardIndex() -> Int {
    let card = Int(lrand48() % 52) // expect: hidden-global-rng, modulo-bias
    return card
}
