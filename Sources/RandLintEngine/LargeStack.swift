import Foundation

/// Runs analysis on threads with large stacks. The parser's tree, the front ends, the model walk
/// and the rules recurse over nested code, and a dispatch worker's 512 KiB stack (or the main
/// thread's 8 MiB) overflows on a few thousand nested expressions. The stack is reserved, not
/// committed: memory is used only as deep as the recursion goes. `NestingEstimate.limit` keeps
/// files that could need more out of the front ends.
enum LargeStack {
    static let size = 1 << 30

    /// Calls `body(i)` for every `i` in `0..<count` on `jobs` threads, and returns when all are done.
    static func perform(jobs: Int, count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 0 else { return }
        let next = Counter()
        let done = DispatchGroup()
        for _ in 0..<max(1, min(jobs, count)) {
            done.enter()
            let thread = Thread {
                while let index = next.take(below: count) { body(index) }
                done.leave()
            }
            thread.stackSize = size
            thread.start()
        }
        done.wait()
    }

    /// `body()` on one large-stack thread; the caller waits for it.
    static func run<T>(_ body: @escaping @Sendable () -> T) -> T {
        let result = Slots<T>(count: 1)
        perform(jobs: 1, count: 1) { _ in result.set(0, body()) }
        return result.values[0]
    }
}
