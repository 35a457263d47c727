// Keys built from a seed the caller provides (a parameter, a configuration value) are
// injectable and reproducible. No findings.
import RandomKeys

struct ExperimentConfig {
    var seed: UInt64
    var replicas: Int
}

final class Experiment {
    let key: RandomKey

    init(seed: UInt64) {
        self.key = RandomKey(seed: seed)
    }

    init(config: ExperimentConfig) {
        self.key = RandomKey(seed: config.seed)
    }

    func replicate(_ count: Int) -> [Double] {
        key.split(into: count).map { k in k.normal() }
    }
}

func makeKey(seed: UInt64) -> RandomKey {
    RandomKey(seed: seed)
}

func replicaKey(config: ExperimentConfig, replica: Int) -> RandomKey {
    RandomKey(seed: config.seed).fold(in: replica)
}
