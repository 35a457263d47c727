// A music player with a `.random` play mode and properties named random/shuffled: no call draws anything.
enum PlayMode {
    case inOrder, random, shuffled
}

struct PlayerSettings {
    var mode: PlayMode = .inOrder
    var random = false
    var shuffled: [String] = []
}

func describe(_ settings: PlayerSettings) -> String {
    switch settings.mode {
    case .random: return settings.random ? "random (again)" : "random"
    case .shuffled: return "shuffled: \(settings.shuffled.count) tracks"
    case .inOrder: return "in order"
    }
}
