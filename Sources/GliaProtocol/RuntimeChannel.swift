import Foundation

/// How messages travel from a chapter program to glia: one line each on the program's
/// standard output, between the lines the cells print.
///
/// A line is a message only if it starts with the control character U+0001, `glia-`, and a
/// secret token glia makes for each run and hands over in the environment; the runtime removes
/// the token from its environment at start, so a cell that prints marker-like text (or even
/// an old marker it saw) cannot forge a message: its line is just output.
public struct RuntimeChannel: Sendable {
    /// Environment variable holding the token for this run.
    public static let tokenVariable = "GLIA_PROTOCOL_TOKEN"
    /// Environment variable naming the folder figures are written into.
    public static let figureDirectoryVariable = "GLIA_FIGURE_DIR"
    /// Environment variable naming the book root, which `readTextFile` resolves paths against
    /// (programs run in a scratch folder of their own, never in the book).
    public static let bookRootVariable = "GLIA_BOOK_ROOT"
    /// Environment variable naming the folder `publish(_:as:)` writes values into
    /// (`<name>.json`), which glia keeps with the chapter's results.
    public static let publishDirectoryVariable = "GLIA_PUBLISH_DIR"
    /// Environment variable naming the folder holding the values this chapter imports,
    /// as their producers published them.
    public static let valuesDirectoryVariable = "GLIA_VALUES_DIR"
    /// Environment variable naming the folder where the chapter's figure files are kept
    /// between runs by what they were drawn from (see the runtime's `FigureStore`).
    public static let figureStoreVariable = "GLIA_FIGURE_STORE"
    /// Environment variable holding what else a figure's files depend on (a digest of the
    /// library code that renders figures): stored files drawn under another stamp are not
    /// reused.
    public static let figureStampVariable = "GLIA_FIGURE_STAMP"

    /// The line prefix shared by every message of this run.
    public let prefix: [UInt8]

    public init(token: String) {
        prefix = Array("\u{1}glia-\(token) ".utf8)
    }

    /// A fresh random token (128 bits, hex).
    public static func makeToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in
            let word = String(generator.next() as UInt32, radix: 16)
            return String(repeating: "0", count: 8 - word.count) + word
        }.joined()
    }

    /// The line (with its newline) that carries `message`.
    public func line(for message: RuntimeMessage) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain values cannot fail; an empty object would be ignored.
        let json = (try? encoder.encode(message)) ?? Data("{}".utf8)
        return prefix + Array(json) + [UInt8(ascii: "\n")]
    }

    /// The message a printed line carries, or nil if it is ordinary output.
    public func message(in line: ArraySlice<UInt8>) -> RuntimeMessage? {
        guard line.starts(with: prefix) else { return nil }
        var body = line.dropFirst(prefix.count)
        if body.last == UInt8(ascii: "\n") { body = body.dropLast() }
        return try? JSONDecoder().decode(RuntimeMessage.self, from: Data(body))
    }
}
