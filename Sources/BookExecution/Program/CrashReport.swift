import Foundation

/// Explains in words why a chapter program stopped, from its exit and what it printed last.
struct CrashReport {
    let termination: ChildProcess.Termination
    let output: String

    /// The Swift runtime's own message (`…: Fatal error: …`), if it printed one.
    var runtimeMessage: (line: Int?, file: String, text: String)? {
        for line in output.split(separator: "\n").reversed() {
            for kind in ["Fatal error", "Precondition failed", "Assertion failed"] {
                guard let range = line.range(of: ": \(kind)") else { continue }
                let place = line[..<range.lowerBound]
                var text = String(line[range.lowerBound...].dropFirst(2))
                if text.hasSuffix(":") { text.removeLast() }
                let pieces = place.split(separator: ":")
                let lineNumber = pieces.last.flatMap { Int($0) }
                let file = pieces.dropLast().joined(separator: ":")
                return (lineNumber, file, text)
            }
        }
        return nil
    }

    var message: String {
        let how: String
        switch termination {
        case .stopped(let reason): return "glia stopped the cell because \(reason)"
        case .signalled(let signal): how = "it crashed with \(describeSignal(signal))"
        case .exited(let status):
            how = status == 0 ? "the program exited before reaching the end of the chapter"
                              : "the program exited with status \(status)"
        }
        if let runtime = runtimeMessage { return "\(runtime.text) (\(how))" }
        return how
    }

    /// The printed output without the runtime's crash line, for the page.
    var outputWithoutCrash: String {
        guard let runtime = runtimeMessage else { return output }
        return output.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains(runtime.text) }
            .joined(separator: "\n")
    }
}
