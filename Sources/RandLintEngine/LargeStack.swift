import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs analysis on threads with large stacks. The parser's tree, the front ends, the model walk
/// and the rules recurse over nested code, and a dispatch worker's 512 KiB stack (or the main
/// thread's 8 MiB) overflows on a few thousand nested expressions. The stack is reserved, not
/// committed: memory is used only as deep as the recursion goes. `NestingEstimate.limit` keeps
/// files that could need more out of the front ends.
enum LargeStack {
    /// The stack each thread gets: 1 GiB, or less where the address space is limited
    /// (`ulimit -v`); 0 when no thread can be created, and the work runs on the caller's thread.
    static let size: Int = {
        for candidate in [1 << 30, 1 << 28, 1 << 26, 1 << 24] {
            if let thread = spawn(stackSize: candidate, {}) {
                join(thread)
                return candidate
            }
        }
        return 0
    }()

    /// Calls `body(i)` for every `i` in `0..<count` on `jobs` threads, and returns when all are done.
    static func perform(jobs: Int, count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let next = Counter()
        let work: @Sendable () -> Void = { while let index = next.take(below: count) { body(index) } }
        var threads: [Thread] = []
        if size > 0 {
            for _ in 0..<max(1, min(jobs, count)) {
                if let thread = spawn(stackSize: size, work) { threads.append(thread) }
            }
        }
        if threads.isEmpty { work() }
        threads.forEach(join)
    }

    /// `body()` on one large-stack thread; the caller waits for it.
    static func run<T>(_ body: @escaping @Sendable () -> T) -> T {
        let result = Slots<T>(count: 1)
        perform(jobs: 1, count: 1) { _ in result.set(0, body()) }
        return result.values[0]
    }

    #if canImport(Glibc)
    typealias Thread = pthread_t
    #else
    typealias Thread = pthread_t?
    #endif

    private final class Work {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// A started thread, or nil when the system refused one of that stack size.
    private static func spawn(stackSize: Int, _ body: @escaping () -> Void) -> Thread? {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        guard pthread_attr_setstacksize(&attributes, stackSize) == 0 else { return nil }
        let work = Unmanaged.passRetained(Work(body)).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        let status = pthread_create(&thread, &attributes, { argument in
            Unmanaged<Work>.fromOpaque(argument!).takeRetainedValue().body()
            return nil
        }, work)
        #else
        var thread: pthread_t?
        let status = pthread_create(&thread, &attributes, { argument in
            Unmanaged<Work>.fromOpaque(argument).takeRetainedValue().body()
            return nil
        }, work)
        #endif
        guard status == 0 else {
            Unmanaged<Work>.fromOpaque(work).release()
            return nil
        }
        return thread
    }

    private static func join(_ thread: Thread) {
        #if canImport(Glibc)
        pthread_join(thread, nil)
        #else
        if let thread { pthread_join(thread, nil) }
        #endif
    }
}
