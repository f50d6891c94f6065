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

    func glia(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = try Self.binary()
        process.arguments = arguments + ["--root", root.path]
        process.currentDirectoryURL = root
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = ReadAll(out.fileHandleForReading)
        let errData = ReadAll(err.fileHandleForReading)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: outData.wait(), stderr: errData.wait())
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
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
