import BookCore
import Foundation

/// Runs a tool other than a chapter program (for example `swift build` of the runtime library
/// in `glia serve`), in its own session like every child glia starts, so Ctrl-C stops it too.
public enum ExternalCommand {
    /// The temporary folder (`$TMPDIR`) a tool runs with.
    public enum TemporaryFolder: Sendable {
        /// A folder of its own, removed when it ends: for tools that leave files in the
        /// system's (`swift build`, Chromium).
        case own
        /// This folder, the same on every run and emptied after each (see
        /// `ChildProcess.runInTemporaryFolder`).
        case lasting(String)
        /// The system's: for a tool that starts a program outliving it (`xdg-open`).
        case system
    }

    /// Runs `executable` in `directory`; returns whether it exited with status 0 and what it printed.
    public static func run(_ executable: String, _ arguments: [String], in directory: String,
                           timeout: Double = 1800, temporaryFolder: TemporaryFolder = .own)
        throws -> (succeeded: Bool, output: String) {
        let (termination, output): (ChildProcess.Termination, String)
        switch temporaryFolder {
        case .own:
            (termination, output) = try ChildProcess.runInOwnTemporaryFolder(executable, arguments,
                                                                              workingDirectory: directory, timeout: timeout)
        case .lasting(let folder):
            (termination, output) = try ChildProcess.runInTemporaryFolder(folder, executable, arguments,
                                                                          workingDirectory: directory, timeout: timeout)
        case .system:
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
