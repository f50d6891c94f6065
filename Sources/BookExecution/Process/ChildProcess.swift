import Foundation

/// Runs a program as a child process and streams what it prints (stdout and stderr merged, in
/// order) to a handler, with a watchdog that can stop it.
///
/// Both streams share one pipe so that a crash message lands after the output that preceded it.
final class ChildProcess: @unchecked Sendable {
    /// How the child ended.
    enum Termination: Equatable, Sendable {
        case exited(Int32)
        case signalled(Int32)
        /// Stopped by the watchdog; the reason is the watchdog's.
        case stopped(String)
    }

    let executable: String
    let arguments: [String]
    let workingDirectory: String
    let environment: [String: String]

    init(executable: String, arguments: [String], workingDirectory: String,
         environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.executable = executable
        self.arguments = arguments
        self.workingDirectory = workingDirectory
        self.environment = environment
    }

    /// Runs to completion.
    /// - Parameters:
    ///   - onOutput: called on a reader thread with each chunk of bytes, in order.
    ///   - watchdog: polled about every 20 ms; returning a reason stops the child.
    func run(onOutput: @escaping @Sendable ([UInt8]) -> Void,
             watchdog: () -> String? = { nil }) throws -> Termination {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory)
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        let finishedReading = DispatchSemaphore(value: 0)
        let reader = pipe.fileHandleForReading
        try process.run()
        // Close our copy of the write end, so EOF arrives when the child exits.
        try? pipe.fileHandleForWriting.close()
        Thread.detachNewThread {
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                onOutput([UInt8](chunk))
            }
            finishedReading.signal()
        }
        var stopReason: String?
        while process.isRunning {
            if stopReason == nil, let reason = watchdog() {
                stopReason = reason
                kill(process.processIdentifier, SIGKILL)
            }
            usleep(20_000)
        }
        process.waitUntilExit()
        // The child is gone; a grandchild holding the pipe must not hang glia.
        if finishedReading.wait(timeout: .now() + 2) == .timedOut { try? reader.close() }
        if let stopReason { return .stopped(stopReason) }
        switch process.terminationReason {
        case .uncaughtSignal: return .signalled(process.terminationStatus)
        default: return .exited(process.terminationStatus)
        }
    }

    /// Runs and returns everything printed, for short commands such as the compiler.
    func runCollectingOutput(timeout: Double) throws -> (Termination, String) {
        let collected = LockedBuffer()
        let start = Date()
        let termination = try run(onOutput: { collected.append($0) }, watchdog: {
            Date().timeIntervalSince(start) > timeout ? "took longer than \(Int(timeout)) s" : nil
        })
        return (termination, String(decoding: collected.bytes, as: UTF8.self))
    }
}

/// A byte buffer appended from one thread and read from another.
final class LockedBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [UInt8] = []

    func append(_ bytes: [UInt8]) {
        lock.lock()
        storage += bytes
        lock.unlock()
    }

    var bytes: [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

/// Words for a signal number, since "signal 4" means nothing to most authors.
func describeSignal(_ signal: Int32) -> String {
    switch signal {
    case SIGILL, SIGTRAP: return "a Swift runtime trap (signal \(signal)): a failed precondition, "
        + "an index out of range, a force-unwrapped nil or an arithmetic overflow"
    case SIGSEGV: return "a segmentation fault (signal \(signal)): invalid memory access"
    case SIGBUS: return "a bus error (signal \(signal)): invalid memory access"
    case SIGABRT: return "an abort (signal \(signal))"
    case SIGFPE: return "an arithmetic error (signal \(signal)), such as division by zero"
    case SIGKILL: return "being killed (signal \(signal)), possibly for using too much memory"
    default: return "signal \(signal)"
    }
}
