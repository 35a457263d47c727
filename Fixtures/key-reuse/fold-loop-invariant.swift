// The loop folds the key with the epoch, which does not change inside the loop: every batch of
// the epoch gets the same key.
import RandomKeys

func trainEpoch(key: RandomKey, epoch: Int, batches: Int) -> [Double] {
    var losses: [Double] = []
    for _ in 0..<batches {
        let batchKey = key.fold(in: epoch) // expect: key-reuse
        losses.append(batchKey.normal())
    }
    return losses
}
