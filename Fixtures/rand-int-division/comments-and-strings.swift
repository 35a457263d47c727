// rand() / RAND_MAX mentioned only in a doc comment and strings.
/// Do not write `Double(rand() / RAND_MAX)`: it is integer division.
struct DivisionLesson {
    static let pitfall = "rand() / RAND_MAX is almost always 0"
    static let overflow = "RAND_MAX + 1 overflows Int32"

    func advice() -> String {
        DivisionLesson.pitfall + "; " + DivisionLesson.overflow
    }
}
