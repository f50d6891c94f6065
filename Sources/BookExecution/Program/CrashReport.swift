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
        let runtime = runtimeMessage
        switch termination {
        case .stopped(let reason):
            return "glia stopped the cell because \(reason)"
        case .signalled(let signal):
            // The runtime's own message says what went wrong; the signal adds nothing then.
            if let runtime { return runtime.text }
            return "it crashed with \(describeSignal(signal))"
        case .exited(let status):
            let how = status == 0 ? "the program exited before reaching the end of the chapter"
                                  : "the program exited with status \(status)"
            return runtime.map { "\($0.text) (\(how))" } ?? how
        }
    }

    /// The last few lines printed before the crash (no stack trace, no glia notes), shortened,
    /// for a diagnostic's details.
    func lastLines(header: String = "last output:") -> [String] {
        let kept = outputWithoutCrash.split(separator: "\n").filter { !$0.hasPrefix("[glia:") }
        let printed = kept.suffix(6).map { line in
            line.count > 160 ? String(line.prefix(160)) + "…" : String(line)
        }
        return printed.isEmpty ? [] : [header] + printed
    }

    /// The printed output without the runtime's crash line and stack trace, for the page.
    var outputWithoutCrash: String {
        let runtime = runtimeMessage
        return output.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { line in
                !(runtime.map { line.contains($0.text) } ?? false) && !Self.isStackTraceLine(line)
            }
            .joined(separator: "\n")
    }

    /// Lines of the stack trace the Swift runtime prints on a crash even with backtracing off
    /// (`3    libswiftCore.so    0x00007f… _assertionFailure(…) + 221`): noise for an author.
    static func isStackTraceLine(_ line: Substring) -> Bool {
        if line.hasPrefix("Current stack trace:") || line.hasPrefix("Stack dump:") { return true }
        let fields = line.split(separator: " ", omittingEmptySubsequences: true)
        return fields.count >= 3 && Int(fields[0]) != nil && fields[2].hasPrefix("0x")
    }
}
