import Foundation

/// Work done on the side of a build's main line, which must leave the cores to it: glia build
/// renders the pages that will not change while the compiler runs (see `RenderAhead`), and the
/// cache's trash is emptied while the build goes on.
public enum BackgroundWork {
    /// Runs `body` on a thread of its own, where `concurrentMap` is a plain `map`, so it takes
    /// the core the main line leaves idle and not the one it uses; then `done`.
    public static func inBackground(_ body: @escaping @Sendable () -> Void,
                                    then done: @escaping @Sendable () -> Void) {
        let thread = Thread {
            Thread.current.threadDictionary[key] = true
            body()
            done()
        }
        thread.start()
    }

    /// Whether this thread runs background work.
    static var isCurrent: Bool { Thread.current.threadDictionary[key] != nil }

    private static let key = "glia.background-work"
}
