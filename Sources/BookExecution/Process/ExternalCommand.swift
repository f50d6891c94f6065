import BookCore
import Foundation

/// Runs a tool other than a chapter program (for example `swift build` of the runtime library
/// in `glia serve`), in its own session like every child glia starts, so Ctrl-C stops it too.
public enum ExternalCommand {
    /// Runs `executable` in `directory`; returns whether it exited with status 0 and what it printed.
    /// - Parameters:
    ///   - ownTemporaryFolder: give it a temporary folder of its own, removed when it ends, for
    ///     tools that leave files in the system's (`swift build`, Chromium); not for one that
    ///     starts a program outliving it (`xdg-open`).
    ///   - temporaryFolder: instead, this folder, the same on every call and emptied after each
    ///     (see `ChildProcess.runInTemporaryFolder`).
    public static func run(_ executable: String, _ arguments: [String], in directory: String,
                           timeout: Double = 1800, ownTemporaryFolder: Bool = true,
                           temporaryFolder: String? = nil) throws -> (succeeded: Bool, output: String) {
        let (termination, output): (ChildProcess.Termination, String)
        if let temporaryFolder {
            (termination, output) = try ChildProcess.runInTemporaryFolder(temporaryFolder, executable, arguments,
                                                                          workingDirectory: directory, timeout: timeout)
        } else if ownTemporaryFolder {
            (termination, output) = try ChildProcess.runInOwnTemporaryFolder(executable, arguments,
                                                                              workingDirectory: directory, timeout: timeout)
        } else {
            (termination, output) = try ChildProcess(executable: executable, arguments: arguments,
                                                     workingDirectory: directory).runCollectingOutput(timeout: timeout)
        }
        return (termination == .exited(0), output)
    }

    /// Compiler diagnostics (`file:line:col: error: …`) in what a Swift tool printed.
    public static func compilerDiagnostics(in output: String) -> [Diagnostic] {
        CompilerOutput(output).diagnostics
    }

}
