import BookCore
import Foundation

extension ChildProcess {
    /// Runs the Swift driver for what it prints (`--version`, `-print-target-info`, a plan with
    /// `-###`). The driver makes a temporary folder before it looks at its arguments and removes
    /// it only after running jobs, so each such call would leave an empty folder in `$TMPDIR`:
    /// thousands over a book's life. Here it makes it inside a folder of the call's own, removed
    /// after.
    static func askDriver(_ swiftc: String, _ arguments: [String], workingDirectory: String,
                          timeout: Double = 60) throws -> (Termination, String) {
        let temporary = AbsolutePath(NSTemporaryDirectory()).appending("glia-driver-\(UUID().uuidString)").string
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporary
        return try ChildProcess(executable: swiftc, arguments: arguments, workingDirectory: workingDirectory,
                                environment: environment).runCollectingOutput(timeout: timeout)
    }
}
