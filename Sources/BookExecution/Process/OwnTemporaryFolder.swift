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
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporary
        return try ChildProcess(executable: executable, arguments: arguments, workingDirectory: workingDirectory,
                                environment: environment).runCollectingOutput(timeout: timeout)
    }
}
