// A garden planner: `seed:` is a plant seed and the Date is the planting day; Plot is not a generator.
import Foundation

enum PlantSeed {
    case tomato, basil, pepper
}

struct Plot {
    var seed: PlantSeed
    var plantedOn: Date

    init(seed: PlantSeed, plantedOn: Date) {
        self.seed = seed
        self.plantedOn = plantedOn
    }
}

func plantToday(_ seed: PlantSeed) -> Plot {
    Plot(seed: seed, plantedOn: Date())
}
