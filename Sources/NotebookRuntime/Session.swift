import Foundation

/// The chapter program's side of the conversation with glia. Generated programs call these;
/// chapter code does not.
///
/// Each call prints one marker line that glia's `Transcript` reads (see
/// `Sources/BookExecution/Program/RuntimeProtocol.swift`; the two must agree).
public enum _GliaSession {
    static let prefix = "\u{1}glia:"
    static var figureNames: Set<String> = []

    /// Called first: makes stdout line-buffered so output printed before a crash is not lost
    /// in a buffer, and stderr share its order.
    public static func start() {
        setvbuf(stdout, nil, _IOLBF, 0)
    }

    /// Marks the start of cell `index` (0-based).
    public static func cell(_ index: Int) {
        marker("cell \(index)")
    }

    /// Records the value of inline expression `index`.
    public static func inline(_ index: Int, _ value: Any) {
        marker("inline \(index) \(jsonString(describe(value)))")
    }

    /// Marks the normal end of the program.
    public static func finish() {
        marker("done")
    }

    static func figure(_ json: String) { marker("figure \(json)") }
    static func read(_ path: String) { marker("read \(path)") }
    static func error(_ message: String) { marker("error \(jsonString(message))") }

    private static func marker(_ text: String) {
        fflush(stdout)
        fputs(prefix + text + "\n", stdout)
        fflush(stdout)
    }

    /// Inline values show numbers the way a reader expects: no trailing `.0` noise for whole
    /// numbers, at most 4 significant decimals otherwise (authors format explicitly for more).
    static func describe(_ value: Any) -> String {
        switch value {
        case let number as Double: return formatNumber(number)
        case let number as Float: return formatNumber(Double(number))
        default: return String(describing: value)
        }
    }

    static func formatNumber(_ number: Double) -> String {
        guard number.isFinite else { return String(describing: number) }
        if number == number.rounded() && abs(number) < 1e15 { return String(Int64(number)) }
        var text = String(format: "%.4g", number)
        if text.contains("e") { return text }
        while text.contains(".") && text.hasSuffix("0") { text.removeLast() }
        return text
    }

    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
