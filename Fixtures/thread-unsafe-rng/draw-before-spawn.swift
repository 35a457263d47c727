// The draw happens on the calling thread, before the Task starts; the Task only uses the number.
import Glibc

func scheduleRetry(_ retry: @escaping () async -> Void) -> Task<Void, Never> {
    let delay = UInt64(random() % 500) // expect: hidden-global-rng, modulo-bias
    return Task {
        try? await Task.sleep(nanoseconds: delay * 1_000_000)
        await retry()
    }
}
