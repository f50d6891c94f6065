import BookCore
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

    /// The symbol the dynamic loader found in none of the program's libraries
    /// (`…: symbol lookup error: …: undefined symbol: name`): the program was linked without
    /// looking (`LinkStubs`), and the loader binds every symbol before the program starts.
    /// Only the loader's own failure counts: status 127, its message the first line printed
    /// (the program never started), so a cell printing those words is not taken for it.
    var undefinedSymbol: String? {
        let marker = "undefined symbol: "
        guard termination == .exited(127),
              let line = output.split(separator: "\n").first, line.contains(": symbol lookup error: "),
              let range = line.range(of: marker) else { return nil }
        let name = line[range.upperBound...].split(whereSeparator: { $0 == " " || $0 == "," }).first.map(String.init) ?? ""
        return name.isEmpty ? nil : name
    }

    var message: String {
        let runtime = runtimeMessage
        if let symbol = undefinedSymbol {
            return "it uses '\(symbol)', which none of the libraries it is linked against defines: a "
                + "declaration with no definition (`@_silgen_name`, `@_extern`), or a runtime library "
                + "older than its modules (rebuild glia: 'make site')"
        }
        switch termination {
        case .stopped(let reason):
            return "glia stopped the cell because \(reason)"
        case .signalled(let signal):
            // The runtime's own message says what went wrong; the signal adds nothing then.
            if let runtime { return Self.plain(runtime.text) }
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
        // The loader's line is said in words by `message`, and names the binary's own path.
        let loaderFailed = undefinedSymbol != nil
        let kept = outputWithoutCrash.split(separator: "\n")
            .filter { !$0.hasPrefix("[glia:") && !(loaderFailed && $0.contains(": symbol lookup error: ")) }
        let printed = kept.suffix(6).map { line in
            line.count > 160 ? String(line.prefix(160)) + "…" : String(line)
        }
        return printed.isEmpty ? [] : [header] + printed
    }

    /// Places in `file` named by the frames of the Swift backtracer's report
    /// (`4 [ra] 0x… main + 225 in chapter at chapters/01-a.md:42:9`), innermost first.
    func backtraceLocations(in file: String) -> [SourceLocation] {
        let escaped = ProgramGenerator.escaped(file)
        return output.split(separator: "\n").compactMap { line -> SourceLocation? in
            guard let at = line.range(of: " at ", options: .backwards) else { return nil }
            let place = line[at.upperBound...]
            let pieces = place.split(separator: ":")
            guard pieces.count >= 3, let column = Int(pieces[pieces.count - 1]),
                  let number = Int(pieces[pieces.count - 2]) else { return nil }
            let path = pieces.dropLast(2).joined(separator: ":")
            guard path == file || path == escaped else { return nil }
            return SourceLocation(file: file, line: number, column: column)
        }
    }

    /// The printed output without the runtime's crash line and stack trace, for the page.
    var outputWithoutCrash: String {
        let runtime = runtimeMessage
        return output.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { line in
                !(runtime.map { line.contains($0.text) } ?? false) && !Self.isStackTraceLine(line)
            }
            .joined(separator: "\n")
            .removingBacktrace()
    }

    /// The runtime's words without their boilerplate: an error that reached the top level is
    /// said as such, with its type but not the chapter module's name.
    static func plain(_ text: String) -> String {
        let prefix = "Fatal error: Error raised at top level: "
        guard text.hasPrefix(prefix) else { return text }
        var error = String(text.dropFirst(prefix.count))
        if error.hasPrefix("Chapter.") { error.removeFirst("Chapter.".count) }
        return "an error was thrown and not caught: " + error
    }

    /// Lines of the stack trace the Swift runtime prints on a crash even with backtracing off
    /// (`3    libswiftCore.so    0x00007f… _assertionFailure(…) + 221`): noise for an author.
    static func isStackTraceLine(_ line: Substring) -> Bool {
        if line.hasPrefix("Current stack trace:") || line.hasPrefix("Stack dump:") { return true }
        let fields = line.split(separator: " ", omittingEmptySubsequences: true)
        return fields.count >= 3 && Int(fields[0]) != nil && fields[2].hasPrefix("0x")
    }
}

private extension String {
    /// The text without the Swift backtracer's report (from "*** Signal" or "*** Program
    /// crashed" to "Backtrace took"), which says nothing an author needs beyond the line.
    func removingBacktrace() -> String {
        var kept: [Substring] = []
        var inside = false
        for line in split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("*** Signal") || line.hasPrefix("*** Program crashed") { inside = true }
            if !inside { kept.append(line) }
            if inside && line.hasPrefix("Backtrace took") { inside = false }
        }
        while kept.last?.isEmpty == true && kept.count > 1 { kept.removeLast() }
        return kept.joined(separator: "\n")
    }
}
