// An explicit SystemRandomNumberGenerator: not hidden (it is named), but next() % 6 is still biased.
func rollWithSystemGenerator() -> Int {
    var system = SystemRandomNumberGenerator()
    return Int(system.next() % 6) + 1 // expect: modulo-bias
}
