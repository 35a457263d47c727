// The file's own time(_:) returns a scenario's simulated start time: not the wall clock.
import RandomKeys

struct Scenario {
    var index: Int
    var hoursPerScenario: Int
}

func time(_ scenario: Scenario) -> UInt64 {
    UInt64(scenario.index * scenario.hoursPerScenario * 3_600)
}

func scenarioDemand(_ scenario: Scenario) -> Double {
    let key = RandomKey(seed: time(scenario))
    return 100 + 15 * key.normal()
}
