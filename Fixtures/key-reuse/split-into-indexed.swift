// Keys from split(into:) indexed by the loop variable: keys[i] is a different key on every
// iteration, which is exactly what `key.split(into: n)[i]` is for. No findings.
import RandomKeys

struct Agent {
    var position: Double
    var speed: Double
}

func moveAgents(_ agents: inout [Agent], key: RandomKey) {
    let keys = key.split(into: agents.count)
    for i in agents.indices {
        agents[i].position += agents[i].speed * keys[i].normal()
    }
}
