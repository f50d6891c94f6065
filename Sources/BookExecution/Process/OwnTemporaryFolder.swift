import BookCore
import Foundation

extension ChildProcess {
    /// Runs to completion with a temporary folder (`$TMPDIR`) of its own, removed after. The
    /// Swift driver makes a temporary folder before it looks at its arguments and removes it
    /// only after running jobs, so each call for what it prints (`--version`,
    /// `-print-target-info`, a plan with `-###`) would leave an empty folder in the system's;
    /// `swift build` leaves six, even when it has nothing to do. Thousands over a book's life.
    static func runInOwnTemporaryFolder(_ executable: String, _ arguments: [String], workingDirectory: String,
                                        timeout: Double = 60) throws -> (Termination, String) {
        let temporary = AbsolutePath(NSTemporaryDirectory()).appending("glia-tmp-\(UUID().uuidString)").string
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        return try runInTemporaryFolder(temporary, executable, arguments, workingDirectory: workingDirectory,
                                        timeout: timeout)
    }

    /// Runs to completion with `folder` as its temporary folder (`$TMPDIR`), made if missing and
    /// emptied after: for a tool run again and again with the same environment (`swift build`
    /// caches what it made of Package.swift by its environment).
    static func runInTemporaryFolder(_ folder: String, _ executable: String, _ arguments: [String],
                                     workingDirectory: String, timeout: Double = 60) throws -> (Termination, String) {
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer {
            for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] {
                try? manager.removeItem(atPath: AbsolutePath(folder).appending(name).string)
            }
        }
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = folder
        return try ChildProcess(executable: executable, arguments: arguments, workingDirectory: workingDirectory,
                                environment: environment).runCollectingOutput(timeout: timeout)
    }
}
