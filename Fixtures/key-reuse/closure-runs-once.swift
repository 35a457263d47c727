// A closure that runs once (a main-queue callback, an unknown helper) holds the only use of
// the key. No findings.
import Dispatch
import RandomKeys

func measure<T>(_ label: String, _ body: () -> T) -> T {
    let result = body()
    print(label)
    return result
}

func scheduleSpawn(key: RandomKey, spawn: @escaping @Sendable (Double) -> Void) {
    DispatchQueue.main.async {
        spawn(key.uniform() * 5)
    }
}

func noisyReading(key: RandomKey) -> Double {
    measure("sensor") {
        20 + key.normal()
    }
}
