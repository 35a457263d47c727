// A shuffler that seeds its key from the clock: different on every run, and impossible to
// reproduce when a shuffle-dependent bug shows up.
import Foundation
import RandomKeys

struct Song {
    var title: String
}

func shuffledPlaylist(_ songs: [Song]) -> [Song] {
    let key = RandomKey(seed: UInt64(Date().timeIntervalSince1970)) // expect: key-created-inside, time-seed
    return key.shuffled(songs)
}

func shuffledQueue(_ songs: [Song]) -> [Song] {
    let key = RandomKey(seed: DispatchTime.now().uptimeNanoseconds) // expect: key-created-inside, time-seed
    return songs.count > 1 ? key.shuffled(songs) : songs
}
