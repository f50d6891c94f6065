import Foundation

/// Work that must happen if glia is stopped by a signal (Ctrl-C, SIGTERM) in the middle of
/// something: stop the programs it started, remove a half-written site. The command line
/// installs the signal handler; the parts that start such work register its cleanup here.
public enum Interruption {
    private static let lock = NSRecursiveLock()
    nonisolated(unsafe) private static var cleanups: [Int: @Sendable () -> Void] = [:]
    nonisolated(unsafe) private static var nextToken = 0

    /// Registers `cleanup`; returns a token for `removeCleanup`.
    public static func addCleanup(_ cleanup: @escaping @Sendable () -> Void) -> Int {
        lock.lock()
        defer { lock.unlock() }
        nextToken += 1
        cleanups[nextToken] = cleanup
        return nextToken
    }

    public static func removeCleanup(_ token: Int) {
        lock.lock()
        defer { lock.unlock() }
        cleanups[token] = nil
    }

    /// Runs `body` so that no cleanup runs in the middle of it (a folder rename that must not
    /// be half done when the cleanup looks at the folders).
    public static func critical<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Runs every registered cleanup, oldest first. Called by the signal handler; blocks
    /// while a critical section is running.
    public static func runCleanups() {
        lock.lock()
        defer { lock.unlock() }
        for token in cleanups.keys.sorted() { cleanups[token]?() }
        cleanups = [:]
    }

    /// For the tests that stop glia at each stage: when `GLIA_TEST_PAUSE` names this point,
    /// glia says so on stderr and waits there (a minute), so a test can send its signal at
    /// exactly this moment. Costs one environment lookup otherwise.
    public static func pausePoint(_ name: String) {
        guard ProcessInfo.processInfo.environment["GLIA_TEST_PAUSE"] == name else { return }
        FileHandle.standardError.write(Data("glia: paused at \(name) (GLIA_TEST_PAUSE)\n".utf8))
        Thread.sleep(forTimeInterval: 60)
    }
}
