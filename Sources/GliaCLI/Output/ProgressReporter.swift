import BookCore
import BookExecution
import Foundation

/// Prints what the build is doing: one line per stage and per chapter, with times, and
/// diagnostics in compiler format on stderr.
final class ProgressReporter: @unchecked Sendable {
    let quiet: Bool
    let explain: Bool
    private let lock = NSLock()

    init(quiet: Bool, explain: Bool) {
        self.quiet = quiet
        self.explain = explain
    }

    func stage(_ name: String, _ detail: String, seconds: Double? = nil) {
        guard !quiet else { return }
        let time = seconds.map { "  " + Self.format($0) } ?? ""
        say("  \(name.padding(toLength: 8, withPad: " ", startingAt: 0)) \(detail)\(time)")
    }

    func chapter(_ event: BookExecutor.Event) {
        switch event {
        case .started(let path, let reasons):
            guard !quiet else { return }
            let why = reasons.isEmpty ? "" : " (\(reasons.joined(separator: "; ")))"
            say("  run      \(path)\(explain || !why.isEmpty ? why : "")")
        case .finished(let path, let outcome, let seconds, let timing):
            guard !quiet else { return }
            switch outcome {
            case .reused(_, let notes) where !notes.isEmpty:
                say("  reuse    \(path) (\(notes.joined(separator: "; ")))")
            case .reused:
                say("  reuse    \(path)\(explain ? " (cells, runtime, compiler and read files unchanged)" : "")")
            case .nothingToRun:
                if explain { say("  skip     \(path) (no cells)") }
            case .ran:
                say("  done     \(path)  \(Self.format(seconds))"
                    + (explain && !timing.isEmpty ? " (\(timing))" : ""))
            case .failed:
                say("  FAILED   \(path)  \(Self.format(seconds))")
            }
        }
    }

    func say(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func format(_ seconds: Double) -> String {
        seconds < 1 ? String(format: "%.0f ms", seconds * 1000) : String(format: "%.1f s", seconds)
    }
}

/// Prints each diagnostic to stderr as it is reported, where terminals and editors look.
struct TerminalDiagnostics: DiagnosticConsumer {
    func receive(_ diagnostic: Diagnostic) {
        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }
}
