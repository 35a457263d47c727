// A password-reset token built character by character with random().
import Glibc

func makeResetToken(length: Int) -> String {
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
    var token = ""
    for _ in 0..<length {
        token.append(alphabet[Int(random()) % alphabet.count]) // expect: hidden-global-rng, modulo-bias, insecure-rng-for-secret
    }
    return token
}
