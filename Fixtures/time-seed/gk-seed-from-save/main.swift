// The save file is stamped with the date; the GameplayKit source is seeded from the saved seed.
import Foundation
import GameplayKit

struct SaveGame: Codable {
    var seed: UInt64
    var lastPlayed: Date
    var level: Int
}

func loadSave(from path: String) -> SaveGame? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return try? JSONDecoder().decode(SaveGame.self, from: data)
}

guard var save = loadSave(from: "save.json") else { fatalError("no save file") }
save.lastPlayed = Date()
let source = GKMersenneTwisterRandomSource(seed: save.seed)
print("level \(save.level): treasure in room \(source.nextInt(upperBound: 12))")
