import RandLintCore

extension Rule {
    public static let threadUnsafeRNG = Rule(
        id: "thread-unsafe-rng", level: .warning,
        summary: "the C library's global generator is used from code that runs on several threads",
        rationale: """
            `rand()`, `random()`, `drand48()` and their seeding calls share one hidden state per \
            process. When threads draw from it at once, which thread gets which number depends on \
            the scheduler, so no run can be repeated even with a fixed seed; POSIX does not require \
            these functions to be thread-safe, and C libraries that do not lock them corrupt the \
            state or hand two threads the same number. Code runs on several threads when it is a \
            `pthread_create`/`thrd_create` start routine (or a function such a routine calls), an \
            OpenMP `parallel` or `task` region, or a closure passed to `concurrentPerform`, `Task {}`, \
            a dispatch queue's `async` or `Thread {}`. The same call outside such code is not reported \
            here. One key per thread, derived from one key, gives each thread its own stream.
            """,
        help: [
            .swift: "give each thread its own key: let threadKey = key.split(into: threads)[t] (or key.fold(in: UInt64(t))), and draw from it",
            .c: "give each thread its own key: rk_key mine = rk_fold_in(key, (uint64_t)t); and draw with rk_uniform(mine)",
        ],
        triggering: [
            Example("""
                #include <pthread.h>
                #include <stdlib.h>
                static void *worker(void *arg) {
                    *(int *)arg = rand(); // expect: hidden-global-rng, thread-unsafe-rng
                    return NULL;
                }
                int start(pthread_t *thread, int *slot) {
                    return pthread_create(thread, NULL, worker, slot);
                }
                """, file: "workers.c"),
            Example("""
                import Dispatch
                import Glibc
                func noise(into buffer: UnsafeMutableBufferPointer<Double>) {
                    DispatchQueue.concurrentPerform(iterations: buffer.count) { i in
                        buffer[i] = drand48() // expect: hidden-global-rng, thread-unsafe-rng
                    }
                }
                """),
        ],
        nonTriggering: [
            Example("""
                #include <pthread.h>
                #include <stdlib.h>
                static void *worker(void *arg) {
                    unsigned state = 12345u;
                    *(int *)arg = rand_r(&state);
                    return NULL;
                }
                int start(pthread_t *thread, int *slot) {
                    return pthread_create(thread, NULL, worker, slot);
                }
                """, file: "workers.c"),
            Example("""
                import Dispatch
                import RandomKeys
                func noise(key: RandomKey, into buffer: UnsafeMutableBufferPointer<Double>) {
                    DispatchQueue.concurrentPerform(iterations: buffer.count) { i in
                        buffer[i] = key.fold(in: UInt64(i)).uniform()
                    }
                }
                """),
        ],
        startsOn: [.seedGlobal, .drawGlobal],
        metadata: RuleMetadata(tags: ["randomness", "reproducibility", "concurrency"], cwe: [362]),
        check: { function, pass in
            EventWalk.forEach(function.body, WalkContext(spawn: function.spawn)) { event, context in
                guard event.kind == .drawGlobal || event.kind == .seedGlobal, event.usesSharedCGenerator,
                      let spawn = context.spawn else { return }
                let what = event.kind == .drawGlobal ? "draws from" : "reseeds"
                let place: String
                if let via = spawn.via {
                    place = "'\(function.name)' is called by '\(via)', which \(spawn.api) runs on another thread"
                } else if function.spawn == spawn {
                    place = "'\(function.name)' runs on other threads (\(spawn.api))"
                } else {
                    place = "this code runs on other threads (\(spawn.api))"
                }
                pass.report(at: event.range, """
                    \(event.api)() \(what) the process-wide generator while \(place): the threads share its hidden state, \
                    so which thread gets which number changes from run to run
                    """,
                    related: [Finding.Related(range: spawn.range, message: "started on other threads here by \(spawn.api)")])
            }
        })
}
