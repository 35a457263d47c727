// A playlist helper that builds its key from the current date: conjured inside, and seeded from the clock.
import Foundation
import RandomKeys

struct Track {
    var title: String
    var seconds: Int
}

func partyMix(_ tracks: [Track]) -> [Track] {
    let key = RandomKey(seed: UInt64(Date().timeIntervalSince1970)) // expect: key-created-inside, time-seed
    return key.shuffled(tracks)
}
