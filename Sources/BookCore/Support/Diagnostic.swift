/// A position in a source file, 1-based, as compilers print it.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Path relative to the book root, for example `chapters/03-coffee.md`.
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// One message for the author, rendered in compiler format
/// (`chapters/03-coffee.md:42:7: error: …`) so editors and terminals can jump to it.
public struct Diagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case error, warning, note }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    /// Extra lines printed under the message (compiler output, a hint), indented.
    public var details: [String]

    public init(_ severity: Severity = .error, at location: SourceLocation?, _ message: String,
                details: [String] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.details = details
    }

    public static func error(_ message: String, at location: SourceLocation? = nil,
                             details: [String] = []) -> Diagnostic {
        Diagnostic(.error, at: location, message, details: details)
    }

    public static func warning(_ message: String, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    public var isError: Bool { severity == .error }

    public var description: String {
        let head = location.map { "\($0): " } ?? "glia: "
        let body = "\(head)\(severity.rawValue): \(message)"
        return ([body] + details.map { "    " + $0 }).joined(separator: "\n")
    }
}

/// Several diagnostics thrown at once, so a stage can report everything it found.
public struct DiagnosticList: Error, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
