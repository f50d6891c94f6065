import CSpawn
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program as a child process and streams what it prints (stdout and stderr merged, in
/// order) to a handler, with a watchdog that can stop it.
///
/// Both streams share one pipe so that a crash message lands after the output that preceded it.
/// The child leads a session of its own: stopping it (timeout, end of run, Ctrl-C) stops every
/// process in that session too, so nothing a cell launched outlives the build.
final class ChildProcess: @unchecked Sendable {
    /// How the child ended.
    enum Termination: Equatable, Sendable {
        case exited(Int32)
        case signalled(Int32)
        /// Stopped by the watchdog; the reason is the watchdog's.
        case stopped(String)
    }

    /// The program could not be started at all.
    struct LaunchError: Error, CustomStringConvertible {
        var executable: String
        var reason: String
        var description: String { "cannot run '\(executable)': \(reason)" }
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
        var ends: [Int32] = [-1, -1]
        // Close-on-exec: a chapter running beside this one must not inherit our pipe, or our
        // end-of-output would wait for it.
        guard glia_pipe_cloexec(&ends) == 0 else {
            throw LaunchError(executable: executable, reason: String(cString: strerror(errno)))
        }
        let pid: pid_t
        do {
            pid = try spawn(output: ends[1])
        } catch {
            close(ends[0])
            close(ends[1])
            throw error
        }
        close(ends[1])
        RunningPrograms.shared.add(session: pid)
        defer { RunningPrograms.shared.remove(session: pid) }

        let reader = PipeReader(descriptor: ends[0], onOutput: onOutput)
        // Woken the moment the child ends (a compile is three children in a row, and sleeping
        // 20 ms between checks cost a one-cell edit about 40 ms); the watchdog still runs
        // about every 20 ms.
        let ended = glia_pidfd_open(pid)
        defer { if ended >= 0 { close(ended) } }
        var stopReason: String?
        var status: Int32 = 0
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid || (waited < 0 && errno != EINTR) { break }
            if stopReason == nil, let reason = watchdog() {
                stopReason = reason
                RunningPrograms.killSession(pid)
            }
            if ended >= 0 {
                var poller = pollfd(fd: ended, events: Int16(POLLIN), revents: 0)
                _ = poll(&poller, 1, 20)
            } else {
                usleep(20_000)
            }
        }
        // Whatever the program started and left behind goes with it.
        RunningPrograms.killSession(pid)
        reader.finish(within: 2)
        if let stopReason { return .stopped(stopReason) }
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
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

    private func spawn(output: Int32) throws -> pid_t {
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = glia_spawn(&pid, executable, argv, envp, workingDirectory, output)
        guard status == 0 else {
            throw LaunchError(executable: executable, reason: String(cString: strerror(status)))
        }
        return pid
    }
}

/// Reads a pipe on a thread of its own until end of file, handing each chunk on.
private final class PipeReader: @unchecked Sendable {
    private let descriptor: Int32
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var abandoned = false

    init(descriptor: Int32, onOutput: @escaping @Sendable ([UInt8]) -> Void) {
        self.descriptor = descriptor
        Thread.detachNewThread { [self] in
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            while !isAbandoned {
                // Poll with a timeout, so an abandoned reader notices and stops.
                let ready = poll(&poller, 1, 100)
                if ready == 0 || (ready < 0 && errno == EINTR) { continue }
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                onOutput(Array(chunk[..<count]))
            }
            done.signal()
        }
    }

    private var isAbandoned: Bool {
        lock.lock()
        defer { lock.unlock() }
        return abandoned
    }

    /// Waits for end of file; a process outside the group that still holds the pipe (one that
    /// left with setsid) must not hang glia, so after `seconds` the rest is dropped.
    func finish(within seconds: Double) {
        if done.wait(timeout: .now() + seconds) == .timedOut {
            lock.lock()
            abandoned = true
            lock.unlock()
            done.wait()
        }
        close(descriptor)
    }
}

/// The sessions of every program glia runs now, so that Ctrl-C or SIGTERM can stop them
/// all before glia exits.
public final class RunningPrograms: @unchecked Sendable {
    public static let shared = RunningPrograms()
    private let lock = NSLock()
    private var sessions: Set<pid_t> = []

    func add(session: pid_t) {
        lock.lock()
        sessions.insert(session)
        lock.unlock()
    }

    func remove(session: pid_t) {
        lock.lock()
        sessions.remove(session)
        lock.unlock()
    }

    /// Kills every running program and everything it started.
    public func stopAll() {
        lock.lock()
        defer { lock.unlock() }
        for session in sessions { Self.killSession(session) }
    }

    /// Kills every process in the session `leader` started (its own process group and any
    /// other group a child made inside the session).
    static func killSession(_ leader: pid_t) {
        glia_kill_session(leader)
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
