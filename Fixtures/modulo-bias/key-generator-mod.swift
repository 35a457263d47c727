// A quiz picks a question with a key's generator, but reduces its raw output with % count.
import RandomKeys

func pickQuestion(_ questions: [String], key: RandomKey) -> String {
    var g = key.generator()
    return questions[Int(g.next() % UInt64(questions.count))] // expect: modulo-bias
}
