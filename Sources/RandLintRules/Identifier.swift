/// Identifiers as words, for rules that read meaning from names (worker ids, secrets).
enum Identifier {
    /// Lowercased words of an identifier, split at `_`, digits and lower-to-upper case changes:
    /// `csrfToken` → csrf, token; `worker_id2` → worker, id; `APIKey` → apikey.
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in name {
            if !character.isLetter {
                if !current.isEmpty { words.append(current.lowercased()); current = "" }
            } else if character.isUppercase, let last = current.last, last.isLowercase {
                words.append(current.lowercased())
                current = String(character)
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }
}
