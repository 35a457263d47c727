// Biased reductions mentioned only in comments and strings.
/// Explains why `g.next() % 6` is biased.
struct BiasLesson {
    static let wrong = "Int(rand()) % 6"
    static let right = "key.integer(in: 0..<6)"

    // let face = Int(g.next() % 6)
    func summary() -> String {
        "\(BiasLesson.wrong) over-weights low faces; write \(BiasLesson.right)"
    }
}
