// A playlist shuffler that seeds the C generator inside a library function.
// Seeding outside an entry point is also a mid-program reseed: every caller's stream is reset.
import Glibc

struct Track {
    var title: String
    var artist: String
}

func shufflePlaylist(_ tracks: [Track], seed: UInt32) -> [Track] {
    srandom(seed) // expect: global-seed, mid-program-reseed
    var result = tracks
    if result.count < 2 { return result }
    for i in stride(from: result.count - 1, to: 0, by: -1) {
        let j = Int(random() % (i + 1)) // expect: hidden-global-rng, modulo-bias
        result.swapAt(i, j)
    }
    return result
}

func pickOpeningTrack(_ tracks: [Track]) -> Track? {
    guard !tracks.isEmpty else { return nil }
    return tracks[Int(random() % tracks.count)] // expect: hidden-global-rng, modulo-bias
}
