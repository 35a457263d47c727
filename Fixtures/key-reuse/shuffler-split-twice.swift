// A cross-validation shuffler that splits the same key twice: both splits return the same
// pair, so the "independent" shuffles are identical.
import RandomKeys

struct Row {
    var features: [Double]
    var target: Double
}

func crossValidationFolds(_ rows: [Row], folds: Int, key: RandomKey) -> [[Row]] {
    let (shuffleKey, _) = key.split()
    let (assignKey, _) = key.split() // expect: key-reuse
    let order = shuffleKey.shuffled(rows)
    let assignment = assignKey.shuffled(Array(0..<order.count))
    var result = Array(repeating: [Row](), count: folds)
    for (position, index) in assignment.enumerated() {
        result[position % folds].append(order[index])
    }
    return result
}

func bootstrapSamples(_ rows: [Row], count: Int, key: RandomKey) -> [[Row]] {
    let sampleKeys = key.split(into: count)
    let extraKeys = key.split(into: count) // expect: key-reuse
    let halves = sampleKeys.map { k in Array(k.shuffled(rows).prefix(rows.count / 2)) }
    let extras = extraKeys.map { k in rows[k.integer(in: 0..<rows.count)] }
    return zip(halves, extras).map { half, extra in half + [extra] }
}
