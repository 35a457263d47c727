// Child tasks of a task group run in parallel and share rand()'s state.
import Glibc

func rollDice(count: Int) async -> [Int32] {
    await withTaskGroup(of: Int32.self) { group in
        for _ in 0..<count {
            group.addTask {
                rand() % 6 + 1 // expect: hidden-global-rng, modulo-bias, thread-unsafe-rng
            }
        }
        var rolls: [Int32] = []
        for await roll in group { rolls.append(roll) }
        return rolls
    }
}
