import RandLintCore

/// What insecure-rng-for-secret calls a predictable source and a secret name.
enum SecretFlow {
    /// The draws of `function` from predictable generators, by range, with how a message names
    /// them: the C library's shared generators, RandomKeys keys, and seeded generators (built in
    /// the function, or a parameter of a seeded generator type). A generator the function binds
    /// to `SystemRandomNumberGenerator()`, or a generic one (`some RandomNumberGenerator`), is not
    /// a source.
    static func sources(in function: Function) -> [SourceRange: String] {
        var seeded = Set<String>()
        var system = Set<String>()
        for parameter in function.parameters where parameter.isGenerator { seeded.insert(parameter.name) }
        EventWalk.forEach(function.body) { event, _ in
            if event.kind == .makeGenerator { seeded.formUnion(event.binds) }
            if event.kind == .assign, case .call(let name, _)? = event.value, name.hasSuffix("SystemRandomNumberGenerator") {
                system.formUnion(event.binds)
            }
        }
        var sources: [SourceRange: String] = [:]
        EventWalk.forEach(function.body) { event, _ in
            switch event.kind {
            case .drawGlobal where event.usesSharedCGenerator:
                sources[event.range] = "\(event.api)()"
            case .drawKey:
                sources[event.range] = "\(event.api)() (RandomKeys, a simulation generator)"
            case .drawGenerator:
                guard let generator = event.key, !system.contains(generator), seeded.contains(generator) else { return }
                sources[event.range] = "\(event.api)() on the seeded generator `\(generator)`"
            default:
                break
            }
        }
        return sources
    }

    /// `token`, `csrfToken`, `password`, `passwd`, `api_key`, `salt`, `nonce`, `iv`, `otp`,
    /// `session_id`, `resetSecret`: names that say the value is a secret. `key` alone is not one
    /// (a RandomKey is usually called `key`).
    static func isSecretName(_ name: String) -> Bool {
        let words = Identifier.words(name)  // plurals (`tokens` of a lexer or a token bucket) are not one secret
        let secret: Set<String> = ["token", "password", "passwd", "passphrase", "secret", "salt", "nonce", "otp", "csrf", "iv",
                                   "apikey", "sessionid", "xsrf"]
        for (i, word) in words.enumerated() {
            if secret.contains(word) { return true }
            let next = i + 1 < words.count ? words[i + 1] : ""
            if word == "session", ["id", "key", "token"].contains(next) { return true }
            if word == "api", next == "key" { return true }
        }
        return false
    }

    /// The variable a path names: `token` of `s.token`, `token[i]`, `*token`, `self.token`.
    static func lastName(_ path: String) -> String {
        var p = Substring(path)
        if let bracket = p.firstIndex(of: "[") { p = p[..<bracket] }
        if let dot = p.lastIndex(where: { $0 == "." || $0 == ">" }) { p = p[p.index(after: dot)...] }
        return String(p.drop { $0 == "*" || $0 == "&" || $0 == "(" })
    }
}
