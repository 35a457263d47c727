import RandLintCore

extension Rule {
    public static let insecureRNGForSecret = Rule(
        id: "insecure-rng-for-secret", level: .warning,
        summary: "a number from a predictable generator becomes a token, password, salt, nonce or session id",
        rationale: """
            `rand()`, `random()`, `drand48()`, seeded generators and RandomKeys are built to be \
            reproducible, which is the opposite of what a secret needs: their state is small, their \
            seed is often the clock, and a few outputs are enough to compute all the others. A \
            token, password, salt, nonce, IV, one-time code or session id drawn from one can be \
            predicted by whoever sees other values from the same generator or guesses the seed. \
            Secrets come from the operating system's cryptographic generator. Swift's default \
            generator (`random(in:)`, `randomElement()` without `using:`) and `arc4random` are \
            such generators and are not reported. The rule follows a draw through locals, string \
            building (`+=`, `append`, `String(format:)`, `snprintf`) and element picks \
            (`chars[rand() % n]`) into a variable, field or parameter whose name says it is a \
            secret, or into the return value of a function whose name says so.
            """,
        help: [
            .swift: "draw secrets from the system CSPRNG: var g = SystemRandomNumberGenerator(); let token = (0..<16).map { _ in UInt8.random(in: 0...255, using: &g) } (RandomKeys is for simulations, not secrets)",
            .c: "fill secrets from the OS: unsigned char token[16]; getrandom(token, sizeof token, 0); (or getentropy; RandomKeys is for simulations, not secrets)",
        ],
        triggering: [
            Example("""
                #include <stdio.h>
                #include <stdlib.h>
                void new_session_id(char *session_id, size_t size) {
                    snprintf(session_id, size, "%08x%08x", rand(), // expect: hidden-global-rng, insecure-rng-for-secret
                             rand()); // expect: hidden-global-rng, insecure-rng-for-secret
                }
                """, file: "session.c"),
            Example("""
                import RandomKeys
                func resetToken(key: RandomKey) -> String {
                    let token = String(key.bits(), radix: 16) // expect: insecure-rng-for-secret
                    return token
                }
                """),
        ],
        nonTriggering: [
            Example("""
                #include <stddef.h>
                #include <sys/random.h>
                int new_session_id(unsigned char *session_id, size_t size) {
                    return getrandom(session_id, size, 0) == (ssize_t)size ? 0 : -1;
                }
                """, file: "session.c"),
            Example("""
                func resetToken() -> String {
                    var g = SystemRandomNumberGenerator()
                    let token = String(UInt64.random(in: 0...UInt64.max, using: &g), radix: 16)
                    return token
                }
                """),
        ],
        startsOn: [.drawGlobal, .drawKey, .drawGenerator],
        metadata: RuleMetadata(tags: ["security", "randomness"], cwe: [338], precision: "high", securitySeverity: "7.5"),
        check: { function, pass in
            let sources = SecretFlow.sources(in: function)
            guard !sources.isEmpty else { return }
            let secretFunction = SecretFlow.isSecretName(String(function.name.prefix { $0 != "(" }))
            ValueFlow.walk(function) { event, _, resolver in
                let sink: String
                if event.kind == .assign, let target = event.binds.first(where: { SecretFlow.isSecretName(SecretFlow.lastName($0)) }) {
                    sink = "`\(target)`"
                } else if event.kind == .use, event.api == "return", secretFunction {
                    sink = "the return value of '\(function.name)'"
                } else {
                    return
                }
                guard let value = event.value else { return }
                resolver.resolve(value).forEachNode { node in
                    guard case .draw(let draw) = node, let source = sources[draw.range] else { return }
                    pass.report(at: draw.range, """
                        \(source) is predictable, and its number becomes \(sink): whoever sees a few of the generator's \
                        outputs or guesses its seed can compute this secret
                        """, related: [Finding.Related(range: event.range, message: "the number reaches \(sink) here")])
                }
            }
        })
}
