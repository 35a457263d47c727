// Swift's default generator is the system CSPRNG: hidden, but fine for a password.
func makePassword(length: Int) -> String {
    let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    var password = ""
    for _ in 0..<length {
        password.append(alphabet.randomElement()!) // expect: hidden-global-rng
    }
    return password
}
