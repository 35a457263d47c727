// Swift's default generator is the thread-safe system CSPRNG: hidden, but not a shared C state.
func backgroundRoll() -> Task<Int, Never> {
    Task {
        Int.random(in: 1...6) // expect: hidden-global-rng
    }
}
