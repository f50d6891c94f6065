import Foundation
import XCTest

/// Runs the real `glia` binary on a copy of a fixture book, as a user would.
struct GliaRunner {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A scratch copy of the fixture, so caches and outputs never touch the source tree.
    let root: URL

    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    init(fixture: String) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("glia-e2e-\(fixture)-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(fixture), to: root)
    }

    /// A scratch book made of the given files (path → text), for tests that write their own.
    init(files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("glia-e2e-inline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                    withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// The glia binary SwiftPM built next to the test bundle (with libNotebookRuntime.so).
    static func binary() throws -> URL {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("glia") }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("no glia binary next to the tests: run 'swift build' before 'swift test'")
        }
        let runtime = found.deletingLastPathComponent().appendingPathComponent("libNotebookRuntime.so")
        guard FileManager.default.fileExists(atPath: runtime.path) else {
            XCTFail("libNotebookRuntime.so is not built: run 'swift build' before 'swift test'")
            throw XCTSkip("runtime not built")
        }
        return found
    }

    /// Runs glia with `--root` set to this book (unless `root` is false).
    func glia(_ arguments: [String], environment: [String: String] = [:], root: Bool = true) throws -> Run {
        try start(arguments, environment: environment, root: root).finish()
    }

    /// Starts glia without waiting for it, for tests that signal it or race it.
    func start(_ arguments: [String], environment: [String: String] = [:], root: Bool = true) throws -> Running {
        let process = Process()
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.executableURL = try Self.binary()
        process.arguments = arguments + (root ? ["--root", self.root.path] : [])
        process.currentDirectoryURL = self.root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return Running(process: process, stdout: ReadAll(out.fileHandleForReading),
                       stderr: ReadAll(err.fileHandleForReading))
    }

    /// A glia process started by `start`.
    struct Running {
        let process: Process
        let stdout: ReadAll
        let stderr: ReadAll

        func finish() -> Run {
            process.waitUntilExit()
            let status = process.terminationReason == .uncaughtSignal
                ? 128 + process.terminationStatus : process.terminationStatus
            return Run(status: status, stdout: stdout.wait(), stderr: stderr.wait())
        }
    }

    func build(_ extra: [String] = []) throws -> Run { try glia(["build"] + extra) }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: url(relative), encoding: .utf8)
    }

    func write(_ relative: String, _ text: String) throws {
        try text.write(to: url(relative), atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// Drains a pipe on a background thread, so a chatty child never blocks on a full pipe.
final class ReadAll: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                lock.lock()
                data.append(chunk)
                lock.unlock()
            }
            done.signal()
        }
    }

    /// What has arrived so far (the data may still grow).
    func peek() -> String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: data, as: UTF8.self)
    }

    func wait() -> String {
        done.wait()
        return peek()
    }
}
