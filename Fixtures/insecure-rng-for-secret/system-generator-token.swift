// The recommended fix: an explicit SystemRandomNumberGenerator, passed with using:.
func makeResetToken(length: Int) -> String {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
    var g = SystemRandomNumberGenerator()
    var token = ""
    for _ in 0..<length {
        token.append(alphabet[Int.random(in: 0..<alphabet.count, using: &g)])
    }
    return token
}
