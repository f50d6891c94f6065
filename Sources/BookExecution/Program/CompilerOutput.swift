import BookCore
import Foundation

/// Reads swiftc's `file:line:col: severity: message` lines (LLVM diagnostic style) into
/// Diagnostics. Lines that follow a diagnostic (the source excerpt and caret) become details.
struct CompilerOutput {
    var diagnostics: [Diagnostic] = []

    init(_ text: String) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if var diagnostic = Self.parseHeader(String(line)) {
                if diagnostic.message.contains("to type-check (limit:") {
                    diagnostic.message += "; it is paid on every build of the chapter: give "
                        + "closures and literals explicit types, or split the expression"
                }
                diagnostics.append(diagnostic)
            } else if !diagnostics.isEmpty, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                diagnostics[diagnostics.count - 1].details.append(String(line))
            }
        }
    }

    /// `path:line:col: error: message`, where path may itself contain colons only in theory.
    private static func parseHeader(_ line: String) -> Diagnostic? {
        for severity in [Diagnostic.Severity.error, .warning, .note] {
            let marker = ": \(severity.rawValue): "
            guard let range = line.range(of: marker) else { continue }
            let head = line[..<range.lowerBound].split(separator: ":")
            guard head.count >= 3, let column = Int(head[head.count - 1]),
                  let lineNumber = Int(head[head.count - 2]) else { continue }
            let file = head[..<(head.count - 2)].joined(separator: ":")
            return Diagnostic(severity, at: SourceLocation(file: file, line: lineNumber, column: column),
                              String(line[range.upperBound...]))
        }
        return nil
    }
}
