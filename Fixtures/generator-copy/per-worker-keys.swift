// Each worker gets its own generator from its own key: no copies of one state.
import RandomKeys

func workers(key: RandomKey, count: Int) -> [Double] {
    key.split(into: count).map { sub in
        var g = sub.generator()
        return Double.random(in: 0..<1, using: &g)
    }
}
