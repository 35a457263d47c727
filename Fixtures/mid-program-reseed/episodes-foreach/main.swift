// A reinforcement-learning driver that seeds inside closures run once per episode.
// forEach and map run their closure repeatedly, so each call is a mid-program reseed.
import Glibc

struct Episode {
    var id: Int
    var reward = 0.0
}

let episodes = (0..<8).map { Episode(id: $0) }

episodes.forEach { episode in
    srand(UInt32(episode.id)) // expect: global-seed, mid-program-reseed
    var reward = 0.0
    for _ in 0..<100 {
        reward += Double(rand() % 3) - 1 // expect: hidden-global-rng, modulo-bias
    }
    print("episode \(episode.id): \(reward)")
}

let rewards = episodes.map { episode -> Double in
    srand48(episode.id) // expect: global-seed, mid-program-reseed
    return drand48() * 10 // expect: hidden-global-rng
}
print(rewards)
