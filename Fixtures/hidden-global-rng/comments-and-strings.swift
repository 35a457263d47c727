// Draw APIs mentioned only in comments, doc comments and strings: nothing is called.
/// Picks a tip of the day. (Older versions used `tips.randomElement()`.)
struct TipOfTheDay {
    static let migrationNote = "replace Int.random(in: 0..<n) with key.integer(in: 0..<n)"
    static let legacy = ["deck.shuffle()", "Bool.random()", "drand48()"]

    var tips: [String]

    // let tip = tips.randomElement()!
    func tip(forDay day: Int) -> String {
        tips.isEmpty ? TipOfTheDay.migrationNote : tips[day % tips.count]
    }
}
